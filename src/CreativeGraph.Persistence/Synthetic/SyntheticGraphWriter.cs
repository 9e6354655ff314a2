using System.Data.Common;
using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CreativeGraph.Persistence.Synthetic;

/// <summary>
/// Writes a <see cref="SyntheticGraph"/> into a migrated database in one transaction: multi-row inserts built
/// from the EF model (no change tracking), about a million rows in seconds on SQLite. Rows already in the
/// database stay: the graph's keys are shifted past them, and countries that already exist (by ISO code) are
/// reused instead of inserted. Whether writing into a non-empty database is wanted is the caller's decision
/// (<see cref="IsEmptyAsync"/>).
/// </summary>
public static class SyntheticGraphWriter
{
    /// <summary>True when the database holds no source document and no partner (a new or a wiped graph).</summary>
    public static async Task<bool> IsEmptyAsync(KnowledgeGraphDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return !await db.Sources.AnyAsync(cancellationToken).ConfigureAwait(false)
            && !await db.Partners.AnyAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Inserts every row of <paramref name="graph"/>; all or nothing.</summary>
    /// <returns>The number of rows inserted.</returns>
    /// <exception cref="DbException">The database refused a row, e.g. a slug of this seed is already there.</exception>
    public static async Task<int> WriteAsync(KnowledgeGraphDbContext db, SyntheticGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(graph);

        return await BulkWriteSession.RunAsync(db, async transaction =>
        {
            KeyMap keys = await MapKeysAsync(db, graph, cancellationToken).ConfigureAwait(false);
            var insert = new BulkInserter(db, transaction.GetDbTransaction(), keys);
            int rows = 0;
            rows += await insert.InsertAsync(graph.Sources, null, cancellationToken).ConfigureAwait(false);
            rows += await insert.InsertAsync(graph.Countries, c => !keys.IsReused(typeof(Country), c.Id), cancellationToken).ConfigureAwait(false);
            rows += await insert.InsertAsync(graph.Regions, null, cancellationToken).ConfigureAwait(false);
            rows += await insert.InsertAsync(graph.Cities, null, cancellationToken).ConfigureAwait(false);
            rows += await insert.InsertAsync(graph.Sectors, null, cancellationToken).ConfigureAwait(false);
            rows += await insert.InsertAsync(graph.Partners, null, cancellationToken).ConfigureAwait(false);
            rows += await insert.InsertAsync(graph.People, null, cancellationToken).ConfigureAwait(false);
            rows += await insert.InsertAsync(graph.Programmes, null, cancellationToken).ConfigureAwait(false);
            rows += await insert.InsertAsync(graph.Networks, null, cancellationToken).ConfigureAwait(false);
            rows += await insert.InsertAsync(graph.Forums, null, cancellationToken).ConfigureAwait(false);
            rows += await insert.InsertAsync(graph.Memberships, null, cancellationToken).ConfigureAwait(false);
            rows += await insert.InsertAsync(graph.Projects, null, cancellationToken).ConfigureAwait(false);
            rows += await insert.InsertAsync(graph.Participations, null, cancellationToken).ConfigureAwait(false);
            rows += await insert.InsertAsync(graph.ProjectCities, null, cancellationToken).ConfigureAwait(false);
            rows += await insert.InsertAsync(graph.ProjectRegions, null, cancellationToken).ConfigureAwait(false);
            rows += await insert.InsertAsync(graph.ProjectSectors, null, cancellationToken).ConfigureAwait(false);
            rows += await insert.InsertAsync(graph.Events, null, cancellationToken).ConfigureAwait(false);
            rows += await insert.InsertAsync(graph.FactSources, null, cancellationToken).ConfigureAwait(false);

            // Derived rows, not counted (as the importer's summary does not count them): what search finds.
            await insert.InsertAsync(SearchRows(graph, keys), null, cancellationToken).ConfigureAwait(false);
            if (db.Database.IsNpgsql())
            {
                await ResetIdentitiesAsync(db, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return rows;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<KeyMap> MapKeysAsync(KnowledgeGraphDbContext db, SyntheticGraph graph, CancellationToken cancellationToken)
    {
        var keys = new KeyMap();
        keys.SetOffset(typeof(Source), await MaxIdAsync(db.Sources, cancellationToken).ConfigureAwait(false));
        keys.SetOffset(typeof(Country), await MaxIdAsync(db.Countries, cancellationToken).ConfigureAwait(false));
        keys.SetOffset(typeof(Region), await MaxIdAsync(db.Regions, cancellationToken).ConfigureAwait(false));
        keys.SetOffset(typeof(City), await MaxIdAsync(db.Cities, cancellationToken).ConfigureAwait(false));
        keys.SetOffset(typeof(Sector), await MaxIdAsync(db.Sectors, cancellationToken).ConfigureAwait(false));
        keys.SetOffset(typeof(Partner), await MaxIdAsync(db.Partners, cancellationToken).ConfigureAwait(false));
        keys.SetOffset(typeof(Person), await MaxIdAsync(db.People, cancellationToken).ConfigureAwait(false));
        keys.SetOffset(typeof(Programme), await MaxIdAsync(db.Programmes, cancellationToken).ConfigureAwait(false));
        keys.SetOffset(typeof(Network), await MaxIdAsync(db.Networks, cancellationToken).ConfigureAwait(false));
        keys.SetOffset(typeof(Forum), await MaxIdAsync(db.Forums, cancellationToken).ConfigureAwait(false));
        keys.SetOffset(typeof(Membership), await MaxIdAsync(db.Memberships, cancellationToken).ConfigureAwait(false));
        keys.SetOffset(typeof(Project), await MaxIdAsync(db.Projects, cancellationToken).ConfigureAwait(false));
        keys.SetOffset(typeof(Participation), await MaxIdAsync(db.Participations, cancellationToken).ConfigureAwait(false));
        keys.SetOffset(typeof(ProjectCity), await MaxIdAsync(db.ProjectCities, cancellationToken).ConfigureAwait(false));
        keys.SetOffset(typeof(ProjectRegion), await MaxIdAsync(db.ProjectRegions, cancellationToken).ConfigureAwait(false));
        keys.SetOffset(typeof(ProjectSector), await MaxIdAsync(db.ProjectSectors, cancellationToken).ConfigureAwait(false));
        keys.SetOffset(typeof(Event), await MaxIdAsync(db.Events, cancellationToken).ConfigureAwait(false));
        keys.SetOffset(typeof(FactSource), await MaxIdAsync(db.FactSources, cancellationToken).ConfigureAwait(false));
        keys.SetOffset(typeof(SearchName), await MaxIdAsync(db.SearchNames, cancellationToken).ConfigureAwait(false));

        var existing = await db.Countries.AsNoTracking().Select(c => new { c.Id, c.Code }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var byCode = existing.ToDictionary(c => c.Code, c => c.Id, StringComparer.Ordinal);
        foreach (Country country in graph.Countries)
        {
            if (byCode.TryGetValue(country.Code, out int id))
            {
                keys.Reuse(typeof(Country), country.Id, id);
            }
        }

        return keys;
    }

    /// <summary>The search rows of every named entity of the graph (reused countries have theirs already).</summary>
    private static List<SearchName> SearchRows(SyntheticGraph graph, KeyMap keys)
    {
        IEnumerable<object> named =
        [
            .. graph.Sources, .. graph.Countries.Where(c => !keys.IsReused(typeof(Country), c.Id)), .. graph.Regions, .. graph.Cities,
            .. graph.Sectors, .. graph.Partners, .. graph.People, .. graph.Programmes, .. graph.Networks, .. graph.Forums,
            .. graph.Projects, .. graph.Events,
        ];
        return SearchIndexWriter.RowsOf(named, (entity, id) => keys.Map(entity.GetType(), id));
    }

    internal static async Task<int> MaxIdAsync<T>(IQueryable<T> table, CancellationToken cancellationToken)
        where T : class =>
        await table.Select(e => (int?)EF.Property<int>(e, "Id")).MaxAsync(cancellationToken).ConfigureAwait(false) ?? 0;

    /// <summary>PostgreSQL identity columns do not follow explicit keys: move each sequence past the largest key.</summary>
    internal static async Task ResetIdentitiesAsync(KnowledgeGraphDbContext db, CancellationToken cancellationToken)
    {
        // Tables with an identity key only: the keyless entity types that read substring indexes map no table, and
        // persisted queries are keyed by their hash.
        foreach (Microsoft.EntityFrameworkCore.Metadata.IEntityType entityType in db.Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null && e.FindPrimaryKey()?.Properties is [{ Name: "Id" }]))
        {
            string table = entityType.GetTableName()!;
#pragma warning disable EF1002 // The table name comes from the model, not from input.
            await db.Database.ExecuteSqlRawAsync(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), COALESCE((SELECT MAX(\"Id\") FROM \"{table}\"), 0) + 1, false)",
                cancellationToken).ConfigureAwait(false);
#pragma warning restore EF1002
        }
    }
}
