using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Tests.Seed.Facts;

/// <summary>Provenance look-ups shared by the per-document fact tests.</summary>
internal static class Citations
{
    /// <summary>The natural keys of the entities of <paramref name="entityType"/> that the source <paramref name="sourceSlug"/> states.</summary>
    public static Task<List<string>> KeysCitedByAsync(this KnowledgeGraphDbContext db, string entityType, string sourceSlug) =>
        db.FactSources
            .Where(f => f.EntityType == entityType && f.Source.Slug == sourceSlug)
            .Select(f => f.EntityKey)
            .ToListAsync();
}
