using System.Linq.Expressions;
using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Sorting;
using CreativeGraph.Data.Statements;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Data.Paging;

/// <summary>
/// Keyset cursor paging as one SQL statement: WHERE &lt;filter&gt; AND &lt;keyset after/before&gt; ORDER BY &lt;keys&gt;
/// LIMIT first+1 (the extra row tells hasNextPage). <c>last</c> runs the reversed order and flips the rows back.
/// </summary>
internal static class Pager
{
    public static async ValueTask<Connection<T>> PageAsync<T>(IQueryable<T> source, object? owner, ListRequest request, PagingOptions options, CancellationToken cancellationToken)
    {
        if (PageStatement<T>.For(source, owner, request) is { } statement)
        {
            List<KeyedRow<T>> read = await statement.RowsAsync(QueryExecution.ContextOf(owner)!, request.Take, cancellationToken).ConfigureAwait(false);
            return Slice(read, request, request.CountTotal ? await QueryExecution.CountAsync(source, cancellationToken).ConfigureAwait(false) : null);
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
        return Slice(page, request, total);
    }

    /// <summary>
    /// The connection of one list from its rows as read (page size + 1, in the read order): the extra row tells
    /// whether there are more; Relay slicing (first, then last); a cursor given tells the other direction.
    /// </summary>
    public static Connection<T> Slice<T>(List<KeyedRow<T>> page, ListRequest request, int? total)
    {
        PagingArguments arguments = request.Paging!;
        bool backward = request.Backward;
        bool more = page.Count >= request.Take;
        if (more)
        {
            page.RemoveAt(page.Count - 1);
        }

        bool hasNext = backward ? arguments.Before is not null : more;
        bool hasPrevious = backward ? more : arguments.After is not null;
        if (backward)
        {
            page.Reverse();
        }
        else if (arguments.Last is { } last && page.Count > last)
        {
            page.RemoveRange(0, page.Count - last);
            hasPrevious = true;
        }

        Edge<T>[] edges = new Edge<T>[page.Count];
        for (int i = 0; i < edges.Length; i++)
        {
            edges[i] = new Edge<T>(request.Scope, page[i].Keys, page[i].Node);
        }

        return new Connection<T>(
            edges,
            new PageInfo(hasNext, hasPrevious, () => edges.Length > 0 ? edges[0].Cursor : null, () => edges.Length > 0 ? edges[^1].Cursor : null),
            total);
    }

    /// <summary>SELECT &lt;node&gt;, k1, k2, … : the key values come back with each row, so cursors are exact.</summary>
    public static Expression Row<T>(Expression node, Expression keys) => Expression.MemberInit(
        Expression.New(typeof(KeyedRow<T>)),
        Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Node))!, node),
        Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Keys))!, keys));

    private static IQueryable<KeyedRow<T>> Project<T>(IQueryable<T> query, ListRequest request) =>
        query.Select(Expression.Lambda<Func<T, KeyedRow<T>>>(Row<T>(request.Node, request.KeyValues()), request.X));
}

/// <summary>A row with its sort-key values, as the paging query returns it.</summary>
internal sealed class KeyedRow<T>
{
    public T Node { get; set; } = default!;

    public object?[] Keys { get; set; } = [];
}
