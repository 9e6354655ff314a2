using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Statements;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Data;

/// <summary>Queries outside the data conventions (e.g. lookups by natural key) on the same compiled-query path.</summary>
public static class CompiledQueryExtensions
{
    /// <summary>
    /// The rows of <paramref name="query"/>, made from <paramref name="context"/>, through the compiled query of its
    /// shape: the values it captures (<c>slug</c> in <c>p =&gt; p.Slug == slug</c>) are that query's parameters. A
    /// lookup by one column (<c>Where(p =&gt; p.Slug == slug).Take(1)</c>) runs as a plain statement of its own.
    /// </summary>
    public static ValueTask<List<T>> ToCompiledListAsync<T>(this IQueryable<T> query, DbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(context);
        if (LookupStatement<T>.For(query, context) is ({ } lookup, object?[] values))
        {
            return new ValueTask<List<T>>(lookup.RowsAsync(context, values, cancellationToken));
        }

        return QueryExecution.ToListAsync(query, context, cancellationToken);
    }
}
