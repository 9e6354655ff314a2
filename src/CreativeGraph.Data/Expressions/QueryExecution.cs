using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace CreativeGraph.Data.Expressions;

/// <summary>
/// Runs a query asynchronously when its provider can (EF Core), synchronously otherwise (LINQ to objects). Given the
/// <see cref="DbContext"/> the query was made from, it runs as its shape's compiled query (<see cref="CompiledQueryTemplates"/>).
/// </summary>
internal static class QueryExecution
{
    /// <summary>The context that runs a rented query's statements: the owner itself, or the context it lends.</summary>
    public static DbContext? ContextOf(object? owner) => owner switch
    {
        DbContext context => context,
        ILentContext lent => lent.Context,
        _ => null,
    };

    public static async ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, object? owner, CancellationToken cancellationToken)
    {
        return ContextOf(owner) is { } context && query.Provider is IAsyncQueryProvider
            ? await CompiledQueryTemplates.ToListAsync(query, context, cancellationToken).ConfigureAwait(false)
            : await ToListAsync(query, cancellationToken).ConfigureAwait(false);
    }

    public static async ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider
            ? await query.ToListAsync(cancellationToken).ConfigureAwait(false)
            : [.. query];

    public static async ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider
            ? await query.CountAsync(cancellationToken).ConfigureAwait(false)
            : query.Count();
}
