using System.Linq.Expressions;
using CreativeGraph.Data.Paging;

namespace CreativeGraph.Data.Lists;

/// <summary>
/// The page of a cursor connection from its rows: each row read with its sort-key values (<see cref="KeyedRow{T}"/>),
/// then sliced by Relay's rules. Root pages (<c>CursorPager</c>), nested pages and the plain statements read rows in
/// this shape.
/// </summary>
internal static class Pager
{
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
}

/// <summary>A row with its sort-key values, as the paging query returns it.</summary>
internal sealed class KeyedRow<T>
{
    public T Node { get; set; } = default!;

    public object?[] Keys { get; set; } = [];
}
