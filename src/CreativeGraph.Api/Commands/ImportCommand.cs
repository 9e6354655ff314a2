using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Seed;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Commands;

/// <summary>
/// <c>import &lt;file&gt; [--Key=Value …]</c>: migrates and seeds the configured database if needed, then upserts the file in one
/// transaction. Exit codes: 0 imported (or nothing to change), 1 file rejected, 2 usage error or missing file.
/// </summary>
internal static class ImportCommand
{
    public const string Name = "import";

    public static bool IsInvocation(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>
    /// The arguments the host may read as configuration: everything after <c>import &lt;file&gt;</c>. The command
    /// and the path must stay out, because the command-line provider reads "/path" as a "--path" switch.
    /// </summary>
    public static string[] HostArguments(string[] args) => IsInvocation(args) ? args[Math.Min(2, args.Length)..] : args;

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        // Arguments after the file are configuration overrides (e.g. --Database:Provider=Postgres).
        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            await error.WriteLineAsync("Usage: import <file.json> [--Database:Provider=Sqlite|Postgres] [--ConnectionStrings:KnowledgeGraph=...]").ConfigureAwait(false);
            return 2;
        }

        string path = Path.GetFullPath(args[1]);
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"Import failed: file '{path}' does not exist.").ConfigureAwait(false);
            return 2;
        }

        await KnowledgeGraphDatabase.MigrateAndSeedAsync(services).ConfigureAwait(false);
        IDbContextFactory<KnowledgeGraphDbContext> factory = services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>();
        KnowledgeGraphDbContext db = await factory.CreateDbContextAsync().ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            try
            {
                ImportSummary summary = await KnowledgeGraphImporter.ImportFileAsync(db, path).ConfigureAwait(false);
                await output.WriteLineAsync(summary.ChangedNothing
                    ? $"Imported '{Path.GetFileName(path)}': nothing to change, the database already holds this data."
                    : $"Imported '{Path.GetFileName(path)}': {summary.Added} rows added, {summary.Updated} rows updated.").ConfigureAwait(false);
                return 0;
            }
            catch (KnowledgeGraphImportException ex)
            {
                await error.WriteLineAsync($"Import rejected, nothing was written ({ex.Errors.Count} error(s)):").ConfigureAwait(false);
                foreach (string message in ex.Errors)
                {
                    await error.WriteLineAsync("  " + message).ConfigureAwait(false);
                }

                return 1;
            }
        }
    }
}
