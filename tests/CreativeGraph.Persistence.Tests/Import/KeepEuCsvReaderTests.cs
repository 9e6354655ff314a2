using System.Text;
using CreativeGraph.Persistence.Import.Csv;
using CreativeGraph.Persistence.Seed;

namespace CreativeGraph.Persistence.Tests.Import;

/// <summary>Reading a table: header variations, RFC 4180 quoting, separators, encodings, and files broken as a whole.</summary>
public sealed class KeepEuCsvReaderTests
{
    private const string Header = "Project acronym,Project title,Programme,Partner name,Partner role,Country";

    [Fact]
    public void Headers_in_other_spellings_and_a_bom_with_semicolons_read_the_same_columns()
    {
        byte[] bytes = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("PROJECT_ACRONYM ; programme name;Organisation;country code;NUTS-Code;Unused\r\nCREA;Interreg Europe;Café Lab;DK;DK01;x\r\n")];

        KeepEuRow row = Assert.Single(KeepEuCsvReader.Read(bytes, "t.csv"));

        Assert.Equal(("CREA", "Interreg Europe", "Café Lab", "DK", "DK01"),
            (row[KeepEuColumn.ProjectAcronym], row[KeepEuColumn.Programme], row[KeepEuColumn.PartnerName], row[KeepEuColumn.Country], row[KeepEuColumn.NutsCode]));
        Assert.Null(row[KeepEuColumn.City]);
        Assert.Equal(2, row.Line);
    }

    [Fact]
    public void Quoted_fields_keep_separators_quotes_and_line_breaks_and_lines_count_from_the_header()
    {
        string text = Header + "\n\"A,B\",\"Title with \"\"quotes\"\"\nand a break\",P,\"Org; Ltd\",LP,DE\nC,T,P,O,PP,FR\n";

        IReadOnlyList<KeepEuRow> rows = KeepEuCsvReader.Read(Encoding.UTF8.GetBytes(text), "t.csv");

        Assert.Equal("A,B", rows[0][KeepEuColumn.ProjectAcronym]);
        Assert.Equal("Title with \"quotes\"\nand a break", rows[0][KeepEuColumn.ProjectTitle]);
        Assert.Equal("Org; Ltd", rows[0][KeepEuColumn.PartnerName]);
        Assert.Equal([2L, 4L], rows.Select(r => r.Line));
    }

    public static TheoryData<string, byte[]> BrokenFiles() => new()
    {
        { CsvImportCodes.Empty, [] },
        { CsvImportCodes.Empty, Encoding.UTF8.GetBytes(Header + "\n") },
        { CsvImportCodes.NotText, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] },
        { CsvImportCodes.NotText, Encoding.Unicode.GetBytes(Header) },
        { CsvImportCodes.NotUtf8, Encoding.Latin1.GetBytes(Header + "\nA,T,P,Caf\u00e9,LP,DE\n") },
        { CsvImportCodes.Malformed, Encoding.UTF8.GetBytes(Header + "\nA,\"never closed,P,O,LP,DE\nB,T,P,O,PP,DE\n") },
        { CsvImportCodes.MissingColumn, Encoding.UTF8.GetBytes("Acronym,Title\nA,T\n") },
        { CsvImportCodes.MissingColumn, Encoding.UTF8.GetBytes("Project acronym|Programme|Partner name|Country\nA|P|O|DE\n").Select(b => b == (byte)'|' ? (byte)'\t' : b).Select(b => b == (byte)'\t' ? (byte)'#' : b).ToArray() },
        { CsvImportCodes.RecordTooLong, Encoding.UTF8.GetBytes(Header + "\nA,\"" + new string('x', 3 * KeepEuCsvReader.MaxRecordBytes) + "\",P,O,LP,DE\n") },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void A_broken_file_is_one_coded_error(string code, byte[] bytes)
    {
        var error = Assert.Throws<KnowledgeGraphImportException>(() => KeepEuCsvReader.Read(bytes, "broken.csv"));

        string message = Assert.Single(error.Errors);
        Assert.StartsWith(code + ":", message, StringComparison.Ordinal);
        Assert.Contains("broken.csv", message, StringComparison.Ordinal);
    }
}
