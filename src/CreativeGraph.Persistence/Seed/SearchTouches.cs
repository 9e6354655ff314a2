using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CreativeGraph.Persistence.Seed;

/// <summary>Which searchable entities an import's pending changes touch, so that only their search names are rebuilt.</summary>
internal static class SearchTouches
{
    /// <summary>
    /// The named entities that pending changes add or modify, or give a new alternative name, each with its
    /// declaration among the index's entity types.
    /// </summary>
    public static IReadOnlyList<(EntityDefinition Type, object Entity)> Touched(KnowledgeGraphDbContext db, GraphIndex index)
    {
        var touched = new Dictionary<object, EntityDefinition>(ReferenceEqualityComparer.Instance);
        foreach (EntityEntry entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            object? named = entry.Entity is AlternativeName name ? index.Find(name.EntityType, name.EntityKey) : entry.Entity;
            if (named is not null && index.Definition(named.GetType()) is { IsSearchable: true } definition)
            {
                touched.TryAdd(named, definition);
            }
        }

        return [.. touched.Select(t => (t.Value, t.Key))];
    }
}
