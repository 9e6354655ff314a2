using System.CommandLine;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Seed;
using CreativeGraph.Persistence.Startup;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Commands;

/// <summary>
/// <c>import FILE [--format json|csv] [--lenient] [--Section:Key=value …]</c>: migrates and seeds the configured
/// database if needed, then upserts the file in one transaction. Without <c>--format</c>, a <c>.csv</c> file is read as a
/// keep.eu-style table (<see cref="CsvImportCommand"/>) and anything else as the seed format. Exit codes: 0 imported
/// (or nothing to change), 1 file rejected, 2 usage error or missing file.
/// </summary>
internal static class ImportCommand
{
    /// <summary>The seed format (src/CreativeGraph.Persistence/README.md).</summary>
    public const string JsonFormat = "json";

    /// <summary>A keep.eu-style table of projects and partners (src/CreativeGraph.Persistence/Import/Csv/README.md).</summary>
    public const string CsvFormat = "csv";

    public static Command Create()
    {
        Argument<FileInfo> file = new("FILE") { Description = "The file to import" };
        Option<string> format = new("--format")
        {
            Description = "The file's format: json (the seed format) or csv (a keep.eu-style table); by default csv for a .csv file, json otherwise",
        };
        format.AcceptOnlyFromAmong(JsonFormat, CsvFormat);
        Option<bool> lenient = new("--lenient") { Description = "csv only: write the valid rows even when some are rejected (they are still reported)" };
        Command command = new("import", "Upsert a file into the database, all or nothing (migrates and seeds first if needed)")
        {
            file,
            format,
            lenient,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parseResult, cancellationToken) =>
        {
            FileInfo path = parseResult.GetRequiredValue(file);
            string chosen = parseResult.GetValue(format)
                ?? (path.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) ? CsvFormat : JsonFormat);
            if (chosen == JsonFormat && parseResult.GetValue(lenient))
            {
                throw new UsageException("--lenient applies to --format csv only; a seed file is imported all or nothing.");
            }

            return chosen == CsvFormat
                ? RunAsync(parseResult, path, (db, output, error) => CsvImportCommand.ImportAsync(db, path, parseResult.GetValue(lenient), output, error, cancellationToken), cancellationToken)
                : RunAsync(parseResult, path, (db, output, _) => ImportJsonAsync(db, path, output), cancellationToken);
        });
        return command;
    }

    /// <summary>
    /// Opens the configured database (migrated and seeded first if needed) and runs <paramref name="import"/> on it; a
    /// file rejected as a whole (<see cref="KnowledgeGraphImportException"/>) is listed on standard error and exits 1.
    /// </summary>
    internal static async Task<int> RunAsync(
        ParseResult parseResult,
        FileInfo file,
        Func<KnowledgeGraphDbContext, TextWriter, TextWriter, Task<int>> import,
        CancellationToken cancellationToken)
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
                try
                {
                    return await import(db, output, error).ConfigureAwait(false);
                }
                catch (KnowledgeGraphImportException ex)
                {
                    await error.WriteLineAsync($"Import rejected, nothing was written ({ex.Errors.Count} error(s)):").ConfigureAwait(false);
                    foreach (string message in ex.Errors)
                    {
                        await error.WriteLineAsync("  " + message).ConfigureAwait(false);
                    }

                    return ExitCodes.DataError;
                }
            }
        }
    }

    private static async Task<int> ImportJsonAsync(KnowledgeGraphDbContext db, FileInfo file, TextWriter output)
    {
        ImportSummary summary = await KnowledgeGraphImporter.ImportFileAsync(db, file.FullName).ConfigureAwait(false);
        await output.WriteLineAsync(summary.ChangedNothing
            ? $"Imported '{file.Name}': nothing to change, the database already holds this data."
            : $"Imported '{file.Name}': {summary.Added} rows added, {summary.Updated} rows updated.").ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
