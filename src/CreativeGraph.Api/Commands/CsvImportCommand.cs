using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Import.Csv;
using CreativeGraph.Persistence.Seed;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Commands;

/// <summary>
/// <c>import FILE.csv [--lenient]</c>: a keep.eu-style table into the configured database (migrated and seeded first
/// if needed), through <see cref="KeepEuCsvImporter"/>. Prints what was added and matched per entity and every
/// rejected row with its line. Exit codes: 0 written, 1 the file or a row rejected (nothing written), 2 usage error.
/// </summary>
internal static class CsvImportCommand
{
    /// <summary>The rejected rows listed one by one; past this many, only their number is printed.</summary>
    private const int MaxListedRejections = 50;

    public static async Task<int> RunAsync(ParseResult parseResult, FileInfo file, bool lenient, CancellationToken cancellationToken)
    {
        TextWriter output = parseResult.InvocationConfiguration.Output;
        TextWriter error = parseResult.InvocationConfiguration.Error;
        if (!file.Exists)
        {
            throw new UsageException($"Import failed: file '{file.FullName}' does not exist.");
        }

        WebApplication app = KnowledgeGraphHost.Build(parseResult);
        await using (app.ConfigureAwait(false))
        {
            await KnowledgeGraphDatabase.MigrateAndSeedAsync(app.Services, cancellationToken).ConfigureAwait(false);
            IDbContextFactory<KnowledgeGraphDbContext> factory = app.Services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>();
            KnowledgeGraphDbContext db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                var clock = Stopwatch.StartNew();
                CsvImportReport report;
                try
                {
                    report = await KeepEuCsvImporter.ImportFileAsync(db, file.FullName, lenient, cancellationToken).ConfigureAwait(false);
                }
                catch (KnowledgeGraphImportException ex)
                {
                    await error.WriteLineAsync($"Import rejected, nothing was written: {ex.Message}").ConfigureAwait(false);
                    return ExitCodes.DataError;
                }

                await WriteReportAsync(report, file.Name, clock.Elapsed, report.Written ? output : error).ConfigureAwait(false);
                return report.Written ? ExitCodes.Ok : ExitCodes.DataError;
            }
        }
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
