using CreativeGraph.GraphQL.Execution;
using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.KnowledgeGraph.Loaders;

/// <summary>
/// Loads rows keyed by (entity type, natural key), the way provenance and alternative names refer to any entity
/// or edge: one statement per batch filtering on both columns, then the exact pairs kept in memory.
/// </summary>
internal abstract class EntityReferenceDataLoader<TRow, TValue>(IDbContextFactory<KnowledgeGraphDbContext> contexts)
    : GroupedDataLoader<EntityReference, TValue>
    where TRow : class
{
    protected abstract IQueryable<TRow> Query(KnowledgeGraphDbContext db, string[] types, string[] keys);

    protected abstract EntityReference ReferenceOf(TRow row);

    protected abstract TValue ValueOf(TRow row);

    protected override async Task<ILookup<EntityReference, TValue>> LoadBatchAsync(IReadOnlyList<EntityReference> keys, CancellationToken cancellationToken)
    {
        string[] types = [.. keys.Select(k => k.Type).Distinct()];
        string[] entityKeys = [.. keys.Select(k => k.Key).Distinct()];
        HashSet<EntityReference> wanted = [.. keys];

        await using KnowledgeGraphDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        List<TRow> rows = await Query(db, types, entityKeys).AsNoTracking().ToListAsync(cancellationToken);
        return rows.Where(row => wanted.Contains(ReferenceOf(row))).ToLookup(ReferenceOf, ValueOf);
    }
}
