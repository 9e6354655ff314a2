using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.KnowledgeGraph.Loaders;

/// <summary>The other names (local, translated, as written in a source) of many entities.</summary>
internal sealed class AlternativeNamesByEntityDataLoader(IDbContextFactory<KnowledgeGraphDbContext> contexts)
    : EntityReferenceDataLoader<AlternativeName, AlternativeName>(contexts)
{
    protected override IQueryable<AlternativeName> Query(KnowledgeGraphDbContext db, string[] types, string[] keys) =>
        db.AlternativeNames
            .Where(n => types.Contains(n.EntityType) && keys.Contains(n.EntityKey))
            .OrderBy(n => n.Language).ThenBy(n => n.Name);

    protected override EntityReference ReferenceOf(AlternativeName row) => new(row.EntityType, row.EntityKey);

    protected override AlternativeName ValueOf(AlternativeName row) => row;
}
