using CreativeGraph.GraphQL.Execution;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.KnowledgeGraph.Loaders;

/// <summary>Provenance: the source documents that state each of many entities or edges, in one statement per batch.</summary>
internal sealed class SourcesByEntityDataLoader(IDbContextFactory<KnowledgeGraphDbContext> contexts)
    : GroupedDataLoader<EntityReference, Source>
{
    protected override async Task<ILookup<EntityReference, Source>> LoadBatchAsync(IReadOnlyList<EntityReference> keys, CancellationToken cancellationToken)
    {
        string[] types = [.. keys.Select(k => k.Type).Distinct()];
        string[] entityKeys = [.. keys.Select(k => k.Key).Distinct()];
        HashSet<EntityReference> wanted = [.. keys];

        await using KnowledgeGraphDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.FactSources.AsNoTracking()
            .Where(f => types.Contains(f.EntityType) && entityKeys.Contains(f.EntityKey))
            .OrderBy(f => f.Source.Slug)
            .Select(f => new { f.EntityType, f.EntityKey, f.Source })
            .ToListAsync(cancellationToken);

        return rows
            .Select(r => (Reference: new EntityReference(r.EntityType, r.EntityKey), r.Source))
            .Where(r => wanted.Contains(r.Reference))
            .ToLookup(r => r.Reference, r => r.Source);
    }
}
