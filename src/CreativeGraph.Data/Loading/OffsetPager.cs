using System.Linq.Expressions;
using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Lists;
using CreativeGraph.Data.Paging;
using CreativeGraph.Data.Sorting;

namespace CreativeGraph.Data.Loading;

/// <summary>
/// Offset paging as one SQL statement: WHERE &lt;filter&gt; ORDER BY &lt;keys, primary key last&gt; LIMIT take+1
/// OFFSET skip (the extra row tells hasNextPage), plus one COUNT(*) when <c>totalCount</c> is selected. The key
/// breaks every tie, so the order is total and a row sits at the same offset on every request over the same data.
/// </summary>
internal static class OffsetPager
{
    public static async ValueTask<CollectionSegment<T>> PageAsync<T>(IQueryable<T> source, object? owner, ListRequest request, CancellationToken cancellationToken)
    {
        OffsetPagingArguments arguments = request.Offset!;
        ParameterExpression x = request.X;
        IQueryable<T> filtered = request.Filter is null ? source : source.Where(Expression.Lambda<Func<T, bool>>(request.Filter, x));
        IQueryable<T> ordered = SortTranslator.Apply(filtered, x, request.Keys, reverse: false);
        IQueryable<T> projected = request.Node == x ? ordered : ordered.Select(Expression.Lambda<Func<T, T>>(request.Node, x));

        // OFFSET @skip LIMIT @take: both are parameters like every other value of the request, so one compiled
        // query serves every page of a shape
        Expression skipped = LinqMethods.Call(typeof(Queryable), nameof(Queryable.Skip), [typeof(T)], projected.Expression, ParameterBox.Create(arguments.Skip, typeof(int)));
        Expression taken = LinqMethods.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(T)], skipped, ParameterBox.Create(arguments.Take + 1, typeof(int)));
        List<T> rows = await QueryExecution.ToListAsync(projected.Provider.CreateQuery<T>(taken), owner, cancellationToken).ConfigureAwait(false);
        int? total = request.CountTotal ? await QueryExecution.CountAsync(filtered, cancellationToken).ConfigureAwait(false) : null;

        bool more = rows.Count > arguments.Take;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        return new CollectionSegment<T>(rows, new CollectionSegmentInfo(more, arguments.Skip > 0), total);
    }
}
