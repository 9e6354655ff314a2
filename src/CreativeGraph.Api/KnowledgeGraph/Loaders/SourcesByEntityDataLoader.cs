using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.KnowledgeGraph.Loaders;

/// <summary>Provenance: the source documents that state each of many entities or edges.</summary>
internal sealed class SourcesByEntityDataLoader(IDbContextFactory<KnowledgeGraphDbContext> contexts)
    : EntityReferenceDataLoader<FactSource, Source>(contexts)
{
    protected override IQueryable<FactSource> Query(KnowledgeGraphDbContext db, string[] types, string[] keys) =>
        db.FactSources.Include(f => f.Source)
            .Where(f => types.Contains(f.EntityType) && keys.Contains(f.EntityKey))
            .OrderBy(f => f.Source.Slug);

    protected override EntityReference ReferenceOf(FactSource row) => new(row.EntityType, row.EntityKey);

    protected override Source ValueOf(FactSource row) => row.Source;
}
