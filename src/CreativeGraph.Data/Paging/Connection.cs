namespace CreativeGraph.Data.Paging;

/// <summary>The value of a <c>&lt;FieldName&gt;Connection</c> (Relay cursor connection, HotChocolate's shape).</summary>
public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, int? totalCount)
{
    public PageInfo PageInfo { get; } = pageInfo;

    public IReadOnlyList<Edge<T>> Edges { get; } = edges;

    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);

    /// <summary>Null when <c>totalCount</c> was not selected (it is then never queried).</summary>
    public int? TotalCount { get; } = totalCount;
}

/// <summary>The value of a <c>&lt;FieldName&gt;Edge { cursor node }</c>.</summary>
public sealed record Edge<T>(string Cursor, T Node);

/// <summary>The value of <c>PageInfo { hasNextPage hasPreviousPage startCursor endCursor }</c>.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
