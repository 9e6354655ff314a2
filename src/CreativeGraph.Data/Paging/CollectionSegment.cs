namespace CreativeGraph.Data.Paging;

/// <summary>The value of a <c>&lt;FieldName&gt;CollectionSegment { items pageInfo totalCount }</c> (HotChocolate's offset paging).</summary>
public sealed class CollectionSegment<T>(IReadOnlyList<T> items, CollectionSegmentInfo pageInfo, int? totalCount)
{
    public IReadOnlyList<T> Items { get; } = items;

    public CollectionSegmentInfo PageInfo { get; } = pageInfo;

    /// <summary>Null when <c>totalCount</c> was not selected (it is then never queried).</summary>
    public int? TotalCount { get; } = totalCount;
}

/// <summary>The value of <c>CollectionSegmentInfo { hasNextPage hasPreviousPage }</c>.</summary>
public sealed record CollectionSegmentInfo(bool HasNextPage, bool HasPreviousPage);
