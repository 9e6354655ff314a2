using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CreativeGraph.Persistence.Seed;

/// <summary>Which searchable entities an import's pending changes touch, so that only their search names are rebuilt.</summary>
internal static class SearchTouches
{
    /// <summary>The named entities that pending changes add or modify, or give a new alternative name.</summary>
    public static IReadOnlyList<object> Touched(KnowledgeGraphDbContext db, GraphIndex index)
    {
        var touched = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (EntityEntry entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            object? named = entry.Entity is AlternativeName name ? index.Find(name.EntityType, name.EntityKey) : entry.Entity;
            if (named is not null && SearchableEntity.From(named) is not null)
            {
                touched.Add(named);
            }
        }

        return [.. touched];
    }
}
