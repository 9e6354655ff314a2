using System.Text;
using System.Text.Unicode;
using CreativeGraph.Persistence.Seed;
using CsvHelper;

namespace CreativeGraph.Persistence.Import.Csv;

/// <summary>
/// Reads a keep.eu-style table (RFC 4180, https://www.rfc-editor.org/rfc/rfc4180) into rows by column: UTF-8 with or
/// without a byte order mark, ',' or ';' (or tab) as separator, detected from the first lines. Whatever is wrong with
/// the file as a whole (binary, not UTF-8, broken quoting, a giant record, a missing column) is one coded
/// <see cref="KnowledgeGraphImportException"/>; the rows are checked later, one by one.
/// </summary>
public static class KeepEuCsvReader
{
    /// <summary>
    /// The record size past which reading stops: far above any real row, small enough that a runaway quote stops early.
    /// The parser checks it when it needs more input, so a record up to about twice this size may still be read.
    /// </summary>
    public const int MaxRecordBytes = 1 << 20;

    /// <summary>The largest file read (it is read into memory to check its encoding first).</summary>
    public const long MaxFileBytes = 1L << 30;

    public static async Task<IReadOnlyList<KeepEuRow>> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var info = new FileInfo(path);
        if (info.Exists && info.Length > MaxFileBytes)
        {
            throw Error(CsvImportCodes.FileTooLarge, $"'{info.Name}' has {info.Length} bytes; the import reads at most {MaxFileBytes}.");
        }

        byte[] bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return Read(bytes, info.Name);
    }

    public static IReadOnlyList<KeepEuRow> Read(byte[] bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ReadOnlySpan<byte> text = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes.AsSpan(3) : bytes;
        CheckText(text, fileName);

        var options = new CsvReaderOptions
        {
            MalformedData = CsvMalformedDataHandling.Throw,
            MaxRecordSize = MaxRecordBytes,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
        };

        // A stream rather than the array: the record-size guard applies only to buffered input.
        using var stream = new MemoryStream(bytes, writable: false);
        using CsvReader reader = CsvReader.Create(stream, options);
        try
        {
            int?[] columnOf = Columns(reader.Headers, fileName);
            List<KeepEuRow> rows = [];
            while (reader.Read())
            {
                var values = new string?[columnOf.Length];
                bool any = false;
                for (int c = 0; c < columnOf.Length; c++)
                {
                    if (columnOf[c] is int field && field < reader.FieldCount)
                    {
                        string value = reader.GetString(field).Trim();
                        values[c] = value.Length == 0 ? null : value;
                        any |= value.Length > 0;
                    }
                }

                if (any)
                {
                    rows.Add(new KeepEuRow(reader.LineNumber, values));
                }
            }

            if (rows.Count == 0)
            {
                throw Error(CsvImportCodes.Empty, $"'{fileName}' has a header but no row.");
            }

            return rows;
        }
        catch (CsvFormatException ex)
        {
            string code = ex.Message.Contains("MaxRecordSize", StringComparison.OrdinalIgnoreCase)
                || ex.Message.Contains("too large", StringComparison.OrdinalIgnoreCase)
                ? CsvImportCodes.RecordTooLong
                : CsvImportCodes.Malformed;
            string where = ex.LineNumber > 0 ? $"line {ex.LineNumber}" : $"record {ex.RecordNumber}";
            throw Error(code, $"'{fileName}', {where}: {ex.Message}", ex);
        }
    }

    /// <summary>Binary content and other encodings are refused before parsing, so they never read as garbled rows.</summary>
    private static void CheckText(ReadOnlySpan<byte> text, string fileName)
    {
        if (text.IsEmpty)
        {
            throw Error(CsvImportCodes.Empty, $"'{fileName}' is empty.");
        }

        int control = text.IndexOfAnyInRange((byte)0, (byte)8);
        if (control < 0)
        {
            control = text.IndexOfAnyInRange((byte)14, (byte)31);
        }

        if (control >= 0)
        {
            throw Error(CsvImportCodes.NotText, $"'{fileName}' holds a control byte 0x{text[control]:X2} at offset {control}: it is not a text table (UTF-16 files need a byte order mark; save as UTF-8).");
        }

        if (!Utf8.IsValid(text))
        {
            throw Error(CsvImportCodes.NotUtf8, $"'{fileName}' is not valid UTF-8 (Windows-1252 or Latin-1?); save it as UTF-8.");
        }
    }

    /// <summary>For each <see cref="KeepEuColumn"/>, the index of the first header cell that names it.</summary>
    private static int?[] Columns(IReadOnlyList<string> headers, string fileName)
    {
        var columnOf = new int?[Enum.GetValues<KeepEuColumn>().Length];
        for (int i = 0; i < headers.Count; i++)
        {
            if (KeepEuColumns.Recognise(headers[i]) is KeepEuColumn column && columnOf[(int)column] is null)
            {
                columnOf[(int)column] = i;
            }
        }

        string[] missing = [.. KeepEuColumns.Required.Where(c => columnOf[(int)c] is null).Select(KeepEuColumns.Label)];
        if (missing.Length > 0)
        {
            throw Error(CsvImportCodes.MissingColumn,
                $"'{fileName}' has no column for {string.Join(", ", missing)} (its header: {string.Join(" | ", headers)}).");
        }

        return columnOf;
    }

    internal static KnowledgeGraphImportException Error(string code, string message, Exception? inner = null) =>
        new([$"{code}: {message}"], inner);
}
