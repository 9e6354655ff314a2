using System.Data.Common;
using CreativeGraph.Persistence.Search;
using CreativeGraph.Persistence.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CreativeGraph.Persistence.Startup;

/// <summary>Start-up tasks: apply migrations, then load the seed data if the graph is empty (or fill the search table if only it is).</summary>
public static partial class KnowledgeGraphDatabase
{
    /// <summary>
    /// The start-up of a process: waits for the database, then migrates and seeds under a lock shared with every
    /// other process on the same database (<see cref="DatabaseStartup"/>).
    /// </summary>
    public static Task<ImportSummary?> MigrateAndSeedAsync(IServiceProvider services, CancellationToken cancellationToken = default) =>
        DatabaseStartup.RunAsync(services, cancellationToken);

    /// <returns>What the seed added, or null when the graph already held data.</returns>
    public static Task<ImportSummary?> MigrateAndSeedAsync(KnowledgeGraphDbContext db, CancellationToken cancellationToken = default) =>
        MigrateAndSeedAsync(db, NullLogger.Instance, cancellationToken);

    internal static async Task<ImportSummary?> MigrateAndSeedAsync(KnowledgeGraphDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Migrate only when needed: MigrateAsync always takes EF's migration lock, which writes to the database
        // even when it is up to date, and a rejected import must leave the store untouched.
        string[] pending = [.. await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)];
        if (pending.Length > 0)
        {
            LogMigrating(logger, pending.Length, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        if (await db.Sources.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            // A graph stored before the search table existed gets its search rows once.
            if (!await db.SearchNames.AnyAsync(cancellationToken).ConfigureAwait(false))
            {
                await SearchIndexWriter.RebuildAsync(db, cancellationToken).ConfigureAwait(false);
            }

            return null;
        }

        LogSeeding(logger);
        try
        {
            ImportSummary summary = await KnowledgeGraphImporter.ImportAsync(db, SeedData.Load(), cancellationToken).ConfigureAwait(false);
            LogSeeded(logger, summary.Added);
            return summary;
        }
        catch (DbUpdateException ex) when (ex.InnerException is DbException)
        {
            // A process outside the start-up lock (an import) stored the graph meanwhile: its rows stand, the seed
            // was rolled back whole, and the graph is there as this start-up wanted.
            if (await db.Sources.AnyAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrating the database: {Count} pending migration(s) ({Migrations})")]
    private static partial void LogMigrating(ILogger logger, int count, string migrations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeding the empty database from the source documents")]
    private static partial void LogSeeding(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Records} records")]
    private static partial void LogSeeded(ILogger logger, int records);
}
