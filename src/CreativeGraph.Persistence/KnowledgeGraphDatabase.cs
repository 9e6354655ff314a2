using System.Data.Common;
using CreativeGraph.Persistence.Search;
using CreativeGraph.Persistence.Seed;
using CreativeGraph.Persistence.Startup;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence;

/// <summary>Start-up tasks: apply migrations, then load the seed data if the graph is empty (or fill the search table if only it is).</summary>
public static class KnowledgeGraphDatabase
{
    /// <summary>
    /// The start-up of a process: waits for the database, then migrates and seeds under a lock shared with every
    /// other process on the same database (<see cref="DatabaseStartup"/>).
    /// </summary>
    public static Task<ImportSummary?> MigrateAndSeedAsync(IServiceProvider services, CancellationToken cancellationToken = default) =>
        DatabaseStartup.RunAsync(services, cancellationToken);

    /// <returns>What the seed added, or null when the graph already held data.</returns>
    public static async Task<ImportSummary?> MigrateAndSeedAsync(KnowledgeGraphDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Migrate only when needed: MigrateAsync always takes EF's migration lock, which writes to the database
        // even when it is up to date, and a rejected import must leave the store untouched.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Any())
        {
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

        try
        {
            return await KnowledgeGraphImporter.ImportAsync(db, SeedData.Load(), cancellationToken).ConfigureAwait(false);
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
}
