using CreativeGraph.Persistence.Search;
using CreativeGraph.Persistence.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreativeGraph.Persistence;

/// <summary>Start-up tasks: apply migrations, then load the seed data if the graph is empty (or fill the search table if only it is).</summary>
public static class KnowledgeGraphDatabase
{
    public static async Task<ImportSummary?> MigrateAndSeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        IDbContextFactory<KnowledgeGraphDbContext> factory = services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>();
        KnowledgeGraphDbContext db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await MigrateAndSeedAsync(db, cancellationToken).ConfigureAwait(false);
        }
    }

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

        return await KnowledgeGraphImporter.ImportAsync(db, SeedData.Load(), cancellationToken).ConfigureAwait(false);
    }
}
