namespace CreativeGraph.Persistence.Import.Csv;

/// <summary>
/// The named codes of the CSV import's errors: the file-level ones reject the whole file before any row is read,
/// the row-level ones reject one line (and, unless the import is lenient, the file with it).
/// </summary>
public static class CsvImportCodes
{
    /// <summary>The file holds NUL bytes or control characters: a binary file, or text in UTF-16 without a byte order mark.</summary>
    public const string NotText = "CSV_NOT_TEXT";

    /// <summary>The file is not valid UTF-8 (e.g. Windows-1252 or Latin-1 text); re-save it as UTF-8.</summary>
    public const string NotUtf8 = "CSV_NOT_UTF8";

    /// <summary>The file is empty or holds only a header.</summary>
    public const string Empty = "CSV_EMPTY";

    /// <summary>The quoting breaks RFC 4180: a quote never closed, a stray quote, text after a closing quote.</summary>
    public const string Malformed = "CSV_MALFORMED";

    /// <summary>One record is longer than the import reads (<see cref="KeepEuCsvReader.MaxRecordBytes"/>).</summary>
    public const string RecordTooLong = "CSV_RECORD_TOO_LONG";

    /// <summary>The file is larger than the import reads (<see cref="KeepEuCsvReader.MaxFileBytes"/>).</summary>
    public const string FileTooLarge = "CSV_FILE_TOO_LARGE";

    /// <summary>The header lacks a column the import needs (<see cref="KeepEuColumns.Required"/>).</summary>
    public const string MissingColumn = "CSV_MISSING_COLUMN";

    /// <summary>A required value of a row is empty.</summary>
    public const string MissingValue = "CSV_MISSING_VALUE";

    /// <summary>A date that is not a day (yyyy-mm-dd, dd/mm/yyyy or dd.mm.yyyy), or an end before the start.</summary>
    public const string BadDate = "CSV_BAD_DATE";

    /// <summary>A budget or co-financing that is not a non-negative amount, or co-financing above the budget.</summary>
    public const string BadAmount = "CSV_BAD_AMOUNT";

    /// <summary>A programme period that is not "yyyy - yyyy" with the start not after the end.</summary>
    public const string BadPeriod = "CSV_BAD_PERIOD";

    /// <summary>A partner role other than lead partner, partner or associated partner.</summary>
    public const string BadRole = "CSV_BAD_ROLE";

    /// <summary>A country that is neither an ISO 3166-1 code nor a name the graph or the import knows.</summary>
    public const string UnknownCountry = "CSV_UNKNOWN_COUNTRY";

    /// <summary>A row states a project or a participation differently from an earlier row of the same file.</summary>
    public const string Conflict = "CSV_CONFLICT";

    /// <summary>A value longer than the graph stores.</summary>
    public const string TooLong = "CSV_VALUE_TOO_LONG";
}
