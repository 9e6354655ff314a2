using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Import.Csv;

/// <summary>
/// A generated keep.eu-style table together with the truth behind it: which organisation, project, programme,
/// region and city each row means, whatever spelling the row uses. Tests compare an import with this truth.
/// </summary>
public sealed class KeepEuSample
{
    /// <summary>The header, in the order of <see cref="SampleRow.Fields"/>.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "Project acronym", "Project title", "Programme", "Programme period", "Start date", "End date", "Total budget",
        "EU co-financing", "Partner name", "Partner role", "Country", "NUTS code", "NUTS name", "City",
    ];

    public required IReadOnlyList<SampleRow> Rows { get; init; }

    /// <summary>Writes <paramref name="rows"/> (all rows by default) as RFC 4180 text with <paramref name="separator"/>.</summary>
    public void Write(TextWriter writer, char separator = ',', IEnumerable<SampleRow>? rows = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteRecord(writer, Header, separator);
        foreach (SampleRow row in rows ?? Rows)
        {
            WriteRecord(writer, row.Fields, separator);
        }
    }

    private static void WriteRecord(TextWriter writer, IReadOnlyList<string> fields, char separator)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(separator);
            }

            string field = fields[i];
            bool quote = field.AsSpan().IndexOfAny(['"', '\r', '\n', separator]) >= 0 || (field.Length > 0 && (field[0] == ' ' || field[^1] == ' '));
            writer.Write(quote ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field);
        }

        writer.Write("\r\n");
    }
}

/// <summary>
/// One generated row: its fields as written, and what they mean (numbers of the generator's own organisations,
/// projects, programmes, regions and cities; the country's ISO code; the amounts as numbers).
/// </summary>
public sealed record SampleRow(
    IReadOnlyList<string> Fields,
    int Organisation,
    int Project,
    int Programme,
    int Region,
    int City,
    string CountryCode,
    ParticipationRole Role,
    DateOnly Start,
    DateOnly End,
    decimal Budget,
    decimal EuCofinancing);
