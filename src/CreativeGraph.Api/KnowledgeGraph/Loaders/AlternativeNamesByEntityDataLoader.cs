using CreativeGraph.GraphQL.Execution;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.KnowledgeGraph.Loaders;

/// <summary>The other names (local, translated, as-written) of many entities, in one statement per batch.</summary>
internal sealed class AlternativeNamesByEntityDataLoader(IDbContextFactory<KnowledgeGraphDbContext> contexts)
    : GroupedDataLoader<EntityReference, AlternativeName>
{
    protected override async Task<ILookup<EntityReference, AlternativeName>> LoadBatchAsync(IReadOnlyList<EntityReference> keys, CancellationToken cancellationToken)
    {
        string[] types = [.. keys.Select(k => k.Type).Distinct()];
        string[] entityKeys = [.. keys.Select(k => k.Key).Distinct()];
        HashSet<EntityReference> wanted = [.. keys];

        await using KnowledgeGraphDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        List<AlternativeName> rows = await db.AlternativeNames.AsNoTracking()
            .Where(n => types.Contains(n.EntityType) && entityKeys.Contains(n.EntityKey))
            .OrderBy(n => n.Language).ThenBy(n => n.Name)
            .ToListAsync(cancellationToken);

        return rows.Where(n => wanted.Contains(new EntityReference(n.EntityType, n.EntityKey)))
            .ToLookup(n => new EntityReference(n.EntityType, n.EntityKey));
    }
}
