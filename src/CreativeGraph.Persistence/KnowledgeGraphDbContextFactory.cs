using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence;

/// <summary>Exposes the provider's pooled factory as a factory of the provider-neutral context.</summary>
internal sealed class KnowledgeGraphDbContextFactory<TContext>(IDbContextFactory<TContext> inner)
    : IDbContextFactory<KnowledgeGraphDbContext>
    where TContext : KnowledgeGraphDbContext
{
    public KnowledgeGraphDbContext CreateDbContext() => inner.CreateDbContext();
}
