namespace CreativeGraph.Data.Paging;

/// <summary>The value of a <c>&lt;FieldName&gt;Connection</c> (Relay cursor connection, HotChocolate's shape).</summary>
public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, int? totalCount) : IHasAggregateScope
{
    public PageInfo PageInfo { get; } = pageInfo;

    public IReadOnlyList<Edge<T>> Edges { get; } = edges;

    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);

    /// <summary>Null when <c>totalCount</c> was not selected (it is then never queried).</summary>
    public int? TotalCount { get; } = totalCount;

    /// <summary>Where this connection's <c>aggregate</c> figures are computed; null for a parent's empty list.</summary>
    object? IHasAggregateScope.AggregateScope => AggregateScope;

    internal object? AggregateScope { get; set; }
}

/// <summary>
/// The value of a <c>&lt;FieldName&gt;Edge { cursor node }</c>. A page read by the data layer keeps the row's sort-key
/// values and encodes the cursor only when a selection asks for it.
/// </summary>
public sealed class Edge<T>
{
    private readonly object?[]? _keys;
    private readonly CursorScope? _scope;
    private string? _cursor;

    public Edge(string cursor, T node)
    {
        _cursor = cursor;
        Node = node;
    }

    internal Edge(CursorScope scope, object?[] keys, T node)
    {
        _scope = scope;
        _keys = keys;
        Node = node;
    }

    public string Cursor => _cursor ??= Paging.Cursor.Encode(_scope!, _keys!);

    public T Node { get; }
}

/// <summary>The value of <c>PageInfo { hasNextPage hasPreviousPage startCursor endCursor }</c>.</summary>
public sealed class PageInfo
{
    private readonly Func<string?>? _startCursor;
    private readonly Func<string?>? _endCursor;
    private readonly string? _start;
    private readonly string? _end;

    public PageInfo(bool hasNextPage, bool hasPreviousPage, string? startCursor, string? endCursor)
    {
        HasNextPage = hasNextPage;
        HasPreviousPage = hasPreviousPage;
        _start = startCursor;
        _end = endCursor;
    }

    /// <summary>The page info of <paramref name="edges"/>, whose cursors are encoded when read.</summary>
    internal PageInfo(bool hasNextPage, bool hasPreviousPage, Func<string?> startCursor, Func<string?> endCursor)
    {
        HasNextPage = hasNextPage;
        HasPreviousPage = hasPreviousPage;
        _startCursor = startCursor;
        _endCursor = endCursor;
    }

    public bool HasNextPage { get; }

    public bool HasPreviousPage { get; }

    public string? StartCursor => _startCursor is null ? _start : _startCursor();

    public string? EndCursor => _endCursor is null ? _end : _endCursor();
}

/// <summary>
/// A list value that carries the scope of its <c>aggregate</c> field (a connection the data layer made). Paging only
/// keeps it: the aggregates set it and know what it is.
/// </summary>
internal interface IHasAggregateScope
{
    object? AggregateScope { get; }
}
