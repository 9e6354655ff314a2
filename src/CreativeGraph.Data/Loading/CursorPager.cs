using System.Linq.Expressions;
using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Lists;
using CreativeGraph.Data.Paging;
using CreativeGraph.Data.Sorting;
using CreativeGraph.Data.Statements;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Data.Loading;

/// <summary>
/// Keyset cursor paging of a root list as one SQL statement: WHERE &lt;filter&gt; AND &lt;keyset after/before&gt; ORDER BY &lt;keys&gt;
/// LIMIT first+1 (the extra row tells hasNextPage). <c>last</c> runs the reversed order and flips the rows back.
/// </summary>
internal static class CursorPager
{
    public static async ValueTask<Connection<T>> PageAsync<T>(IQueryable<T> source, object? owner, ListRequest request, PagingOptions options, CancellationToken cancellationToken)
    {
        if (PageStatement<T>.For(source, owner, request) is { } statement)
        {
            List<KeyedRow<T>> read = await statement.RowsAsync(QueryExecution.ContextOf(owner)!, request.Take, cancellationToken).ConfigureAwait(false);
            return Pager.Slice(read, request, request.CountTotal ? await QueryExecution.CountAsync(source, cancellationToken).ConfigureAwait(false) : null);
        }

        ParameterExpression x = request.X;
        IQueryable<T> filtered = request.Filter is null ? source : source.Where(Expression.Lambda<Func<T, bool>>(request.Filter, x));
        Expression[] conditions = [.. request.PageConditions(options.NullsFirst)];
        IQueryable<T> query = conditions.Length == 0 ? source : source.Where(Expression.Lambda<Func<T, bool>>(Comparisons.All(conditions), x));
        IQueryable<KeyedRow<T>> projected = Project(SortTranslator.Apply(query, x, request.Keys, reverse: request.Backward), request);
        // LIMIT @n: the page size is a parameter like every other value of the request
        IQueryable<KeyedRow<T>> rows = projected.Provider.CreateQuery<KeyedRow<T>>(
            LinqMethods.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(KeyedRow<T>)], projected.Expression, ParameterBox.Create(request.Take, typeof(int))));
        List<KeyedRow<T>> page = await QueryExecution.ToListAsync(rows, owner, cancellationToken).ConfigureAwait(false);
        int? total = request.CountTotal ? await QueryExecution.CountAsync(filtered, cancellationToken).ConfigureAwait(false) : null;
        return Pager.Slice(page, request, total);
    }

    private static IQueryable<KeyedRow<T>> Project<T>(IQueryable<T> query, ListRequest request) =>
        query.Select(Expression.Lambda<Func<T, KeyedRow<T>>>(Pager.Row<T>(request.Node, request.KeyValues()), request.X));
}
