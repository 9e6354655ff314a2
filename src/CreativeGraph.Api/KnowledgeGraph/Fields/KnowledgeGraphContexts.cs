using CreativeGraph.Data.Core;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.KnowledgeGraph.Fields;

/// <summary>
/// Queries over a DbContext for one call (one statement or one batch), given back after it: no context is ever
/// shared by concurrent resolvers. Resolvers borrow the request's context (<see cref="RequestContexts"/>); node
/// lookups, which see only the request's services, rent one from the pooled factory per call.
/// </summary>
internal static class KnowledgeGraphContexts
{
    public static RentedQuery<T> Rent<T>(IServiceProvider services, Func<KnowledgeGraphDbContext, IQueryable<T>> query)
        where T : class
    {
        KnowledgeGraphDbContext db = services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>().CreateDbContext();
        return new RentedQuery<T>(query(db).AsNoTracking(), db);
    }

    /// <summary>A source for the data conventions' fields, which take the resolver context.</summary>
    public static Func<IResolverContext, RentedQuery<T>> From<T>(Func<KnowledgeGraphDbContext, IQueryable<T>> query)
        where T : class =>
        context => RequestContexts.Of(context).Rent(context, query);

    /// <summary>A source for node lookups, which take the request's services.</summary>
    public static Func<IServiceProvider, RentedQuery<T>> ForNodes<T>(Func<KnowledgeGraphDbContext, IQueryable<T>> query)
        where T : class =>
        services => Rent(services, query);
}
