using System.Diagnostics;
using System.Globalization;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Import.Csv;

namespace CreativeGraph.Api.Commands;

/// <summary>
/// <c>import FILE.csv [--lenient]</c>: a keep.eu-style table into the configured database, through
/// <see cref="KeepEuCsvImporter"/> (the database is opened as for every import: <see cref="ImportCommand"/>). Prints what was added and matched per entity and every
/// rejected row with its line. Exit codes: 0 written, 1 the file or a row rejected (nothing written), 2 usage error.
/// </summary>
internal static class CsvImportCommand
{
    /// <summary>The rejected rows listed one by one; past this many, only their number is printed.</summary>
    private const int MaxListedRejections = 50;

    public static async Task<int> ImportAsync(
        KnowledgeGraphDbContext db,
        FileInfo file,
        bool lenient,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        CsvImportReport report = await KeepEuCsvImporter.ImportFileAsync(db, file.FullName, lenient, cancellationToken).ConfigureAwait(false);
        await WriteReportAsync(report, file.Name, clock.Elapsed, report.Written ? output : error).ConfigureAwait(false);
        return report.Written ? ExitCodes.Ok : ExitCodes.DataError;
    }

    private static async Task WriteReportAsync(CsvImportReport report, string fileName, TimeSpan elapsed, TextWriter writer)
    {
        string verdict = report.Written
            ? string.Create(CultureInfo.InvariantCulture, $"Imported '{fileName}' as source '{report.Source}': {report.Rows} rows in {elapsed.TotalSeconds:0.0} s, {report.Citations} citations added.")
            : $"Import rejected, nothing was written: {report.Rejected.Count} of {report.Rows} rows rejected (--lenient writes the others).";
        await writer.WriteLineAsync(verdict).ConfigureAwait(false);
        foreach (EntityCount count in report.Entities)
        {
            await writer.WriteLineAsync($"  {count.Entity,-14} {count.Added,8} {(report.Written ? "added" : "to add")}, {count.Matched,8} matched").ConfigureAwait(false);
        }

        if (report.Rejected.Count > 0)
        {
            await writer.WriteLineAsync($"Rejected rows ({report.Rejected.Count}):").ConfigureAwait(false);
            foreach (RejectedRow row in report.Rejected.Take(MaxListedRejections))
            {
                await writer.WriteLineAsync("  " + row).ConfigureAwait(false);
            }

            if (report.Rejected.Count > MaxListedRejections)
            {
                await writer.WriteLineAsync($"  … and {report.Rejected.Count - MaxListedRejections} more").ConfigureAwait(false);
            }
        }
    }
}
