using CreativeGraph.Api.KnowledgeGraph.Loaders;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.KnowledgeGraph;

/// <summary>The shapes of resolver the knowledge-graph schema uses, so each binding is one line.</summary>
internal static class KnowledgeGraphResolvers
{
    /// <summary>A root lookup by a String argument (a natural key).</summary>
    public static FieldResolver Lookup<T>(string argument, Func<KnowledgeGraphDbContext, string, IQueryable<T>> query)
        where T : class =>
        async context =>
        {
            string key = context.ArgumentValue<string>(argument)!;
            await using KnowledgeGraphDbContext db = await CreateDbContextAsync(context);
            return await query(db, key).AsNoTracking().FirstOrDefaultAsync(context.RequestAborted);
        };

    /// <summary>A field served by a request-scoped data loader, keyed by a value of the parent (null key → null).</summary>
    public static FieldResolver Load<TParent, TLoader, TValue>(Func<TParent, int?> key)
        where TLoader : DataLoaderBase<int, TValue> =>
        async context => key(context.GetParent<TParent>()) is int id
            ? (object?)await context.DataLoader<TLoader>().LoadAsync(id, context.RequestAborted)
            : null;

    /// <summary>A to-many field through an edge entity: loads the edges, then maps each to its far end.</summary>
    public static FieldResolver LoadThrough<TParent, TLoader, TEdge>(Func<TParent, int> key, Func<TEdge, object> farEnd)
        where TLoader : DataLoaderBase<int, TEdge[]> =>
        async context =>
        {
            TEdge[] edges = await context.DataLoader<TLoader>().LoadAsync(key(context.GetParent<TParent>()), context.RequestAborted);
            return edges.Select(farEnd).ToArray();
        };

    /// <summary>Provenance of an entity or edge: the documents that state it.</summary>
    public static FieldResolver Sources<TParent>(string entityType, Func<TParent, string> key) =>
        async context => await context.DataLoader<SourcesByEntityDataLoader>()
            .LoadAsync(new EntityReference(entityType, key(context.GetParent<TParent>())), context.RequestAborted);

    /// <summary>The other names of an entity.</summary>
    public static FieldResolver AlternativeNames<TParent>(string entityType, Func<TParent, string> key) =>
        async context => await context.DataLoader<AlternativeNamesByEntityDataLoader>()
            .LoadAsync(new EntityReference(entityType, key(context.GetParent<TParent>())), context.RequestAborted);

    private static ValueTask<KnowledgeGraphDbContext> CreateDbContextAsync(IResolverContext context) =>
        new(context.Services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>()
            .CreateDbContextAsync(context.RequestAborted));
}
