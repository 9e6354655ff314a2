namespace CreativeGraph.Data.Paging;

/// <summary>
/// Offset paging settings of one field (HotChocolate's <c>UseOffsetPaging</c> options and defaults: 10 per page, at
/// most 50, no <c>totalCount</c> unless asked for).
/// </summary>
public sealed class OffsetPagingOptions
{
    public int DefaultPageSize { get; set; } = 10;

    public int MaxPageSize { get; set; } = 50;

    /// <summary>Adds <c>totalCount: Int!</c> to the segment type (counted only when selected).</summary>
    public bool IncludeTotalCount { get; set; }

    /// <summary>
    /// The prefix of the field's segment type (HotChocolate's <c>CollectionSegmentName</c>): <c>"Partners"</c> →
    /// <c>PartnersCollectionSegment</c>. Default: the field name in PascalCase.
    /// </summary>
    public string? CollectionSegmentName { get; set; }

    /// <summary>The options every field starts from; change them at startup.</summary>
    public static OffsetPagingOptions Default { get; } = new();

    internal OffsetPagingOptions Clone() => new()
    {
        DefaultPageSize = DefaultPageSize,
        MaxPageSize = MaxPageSize,
        IncludeTotalCount = IncludeTotalCount,
        CollectionSegmentName = CollectionSegmentName,
    };
}
