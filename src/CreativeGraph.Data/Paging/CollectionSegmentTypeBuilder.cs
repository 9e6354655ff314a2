using CreativeGraph.Data.Core;

namespace CreativeGraph.Data.Paging;

/// <summary>
/// The types of an offset-paged field, as HotChocolate names them: <c>&lt;FieldName&gt;CollectionSegment</c> (or
/// <see cref="OffsetPagingOptions.CollectionSegmentName"/>) and the shared <c>CollectionSegmentInfo</c>. Fields of one
/// name over one node type share the segment type; a name taken by a segment of another node type is a build error.
/// </summary>
internal static class CollectionSegmentTypeBuilder
{
    public static string AddCollectionSegment(DataSchema data, string fieldName, string nodeType, OffsetPagingOptions options)
    {
        string name = (options.CollectionSegmentName ?? char.ToUpperInvariant(fieldName[0]) + fieldName[1..]) + "CollectionSegment";
        if (!data.TryClaimConnection(name, nodeType))
        {
            throw new InvalidOperationException(
                $"The type {name} pages another node type than {nodeType}; set OffsetPagingOptions.CollectionSegmentName for {fieldName}.");
        }

        data.Once("CollectionSegmentInfo", b => b.AddObjectType("CollectionSegmentInfo", t =>
        {
            t.Description("Information about the offset pagination.");
            t.Field("hasNextPage").Type("Boolean!").Description("Whether more elements follow the last one of this segment.");
            t.Field("hasPreviousPage").Type("Boolean!").Description("Whether elements come before the first one of this segment (`skip` was above 0).");
        }));

        // The segment's fields depend on IncludeTotalCount, which a later Use* call may not change: the name is
        // claimed by the first declaration.
        return data.Once(name, b => b.AddObjectType(name, t =>
        {
            t.Description("A segment of a collection.");
            t.Field("pageInfo").Type("CollectionSegmentInfo!").Description("Information to aid in pagination.");
            t.Field("items").Type($"[{nodeType}!]").Description("The elements of the segment.");
            if (options.IncludeTotalCount)
            {
                t.Field("totalCount").Type("Int!").Description("The number of elements of the whole list (every segment), after `where`.");
            }
        }));
    }
}
