using System.CommandLine;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Seed;
using CreativeGraph.Persistence.Startup;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Commands;

/// <summary>
/// <c>import FILE [--format json] [--Section:Key=value …]</c>: migrates and seeds the configured database if needed,
/// then upserts the file in one transaction. Exit codes: 0 imported (or nothing to change), 1 file rejected, 2 usage
/// error or missing file.
/// </summary>
internal static class ImportCommand
{
    /// <summary>The seed format (src/CreativeGraph.Persistence/README.md); the only one so far.</summary>
    public const string JsonFormat = "json";

    public static Command Create()
    {
        Argument<FileInfo> file = new("FILE") { Description = "The file to import" };
        Option<string> format = new("--format")
        {
            Description = "The file's format: json (the seed format)",
            DefaultValueFactory = _ => JsonFormat,
        };
        format.AcceptOnlyFromAmong(JsonFormat);
        Command command = new("import", "Upsert a file into the database, all or nothing (migrates and seeds first if needed)")
        {
            file,
            format,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, parseResult.GetRequiredValue(file), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, FileInfo file, CancellationToken cancellationToken)
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
                    ImportSummary summary = await KnowledgeGraphImporter.ImportFileAsync(db, file.FullName).ConfigureAwait(false);
                    await output.WriteLineAsync(summary.ChangedNothing
                        ? $"Imported '{file.Name}': nothing to change, the database already holds this data."
                        : $"Imported '{file.Name}': {summary.Added} rows added, {summary.Updated} rows updated.").ConfigureAwait(false);
                    return ExitCodes.Ok;
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
}
