using System.Linq.Expressions;
using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Sorting;

namespace CreativeGraph.Data.Paging;

/// <summary>
/// Keyset cursor paging as one SQL statement: WHERE &lt;filter&gt; AND &lt;keyset after/before&gt; ORDER BY &lt;keys&gt;
/// LIMIT first+1 (the extra row tells hasNextPage). <c>last</c> runs the reversed order and flips the rows back.
/// </summary>
internal static class Pager
{
    public static async ValueTask<Connection<T>> PageAsync<T>(
        IQueryable<T> filtered,
        ParameterExpression x,
        IReadOnlyList<SortKey> keys,
        PagingArguments arguments,
        PagingOptions options,
        bool countTotal,
        CancellationToken cancellationToken)
    {
        Type[] types = [.. keys.Select(k => k.Type)];
        IQueryable<T> query = filtered;
        if (arguments.After is { } after)
        {
            query = Keyset(query, x, keys, Decode("after", after, types), backwards: false, options.NullsFirst);
        }

        if (arguments.Before is { } before)
        {
            query = Keyset(query, x, keys, Decode("before", before, types), backwards: true, options.NullsFirst);
        }

        // Relay slicing: first, then last; `last` alone walks the reversed order from the end (or from `before`).
        bool backward = arguments.First is null;
        int take = backward ? arguments.Last!.Value : arguments.First!.Value;
        IQueryable<KeyedRow<T>> rows = Project(SortTranslator.Apply(query, x, keys, reverse: backward), x, keys).Take(take + 1);
        List<KeyedRow<T>> page = await QueryExecution.ToListAsync(rows, cancellationToken).ConfigureAwait(false);

        bool more = page.Count > take;
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

        Edge<T>[] edges = [.. page.Select(r => new Edge<T>(Cursor.Encode(r.Keys), r.Node))];
        int? total = countTotal ? await QueryExecution.CountAsync(filtered, cancellationToken).ConfigureAwait(false) : null;
        return new Connection<T>(
            edges,
            new PageInfo(hasNext, hasPrevious, edges.Length > 0 ? edges[0].Cursor : null, edges.Length > 0 ? edges[^1].Cursor : null),
            total);
    }

    private static object?[] Decode(string argument, string cursor, Type[] types) =>
        Cursor.TryDecode(cursor, types, out object?[] values) ? values : throw DataMessages.CursorInvalid(argument, cursor);

    private static IQueryable<T> Keyset<T>(IQueryable<T> query, ParameterExpression x, IReadOnlyList<SortKey> keys, object?[] values, bool backwards, bool nullsFirst) =>
        query.Where(Expression.Lambda<Func<T, bool>>(KeysetPredicate.After(keys, values, backwards, nullsFirst), x));

    // SELECT x.*, k1, k2, … : the key values come back with each row (no navigation loading), so cursors are exact.
    private static IQueryable<KeyedRow<T>> Project<T>(IQueryable<T> query, ParameterExpression x, IReadOnlyList<SortKey> keys)
    {
        Expression values = Expression.NewArrayInit(typeof(object), keys.Select(k => Expression.Convert(k.Body, typeof(object))));
        MemberInitExpression row = Expression.MemberInit(
            Expression.New(typeof(KeyedRow<T>)),
            Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Node))!, x),
            Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Keys))!, values));
        return query.Select(Expression.Lambda<Func<T, KeyedRow<T>>>(row, x));
    }
}

/// <summary>A row with its sort-key values, as the paging query returns it.</summary>
internal sealed class KeyedRow<T>
{
    public T Node { get; set; } = default!;

    public object?[] Keys { get; set; } = [];
}
