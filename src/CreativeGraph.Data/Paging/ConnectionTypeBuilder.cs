using CreativeGraph.Data.Core;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Paging;

/// <summary>
/// Adds HotChocolate's connection types for a field: <c>&lt;FieldName&gt;Connection { pageInfo edges nodes totalCount }</c>,
/// <c>&lt;FieldName&gt;Edge { cursor node }</c> and the shared <c>PageInfo</c>. Fields of one name over one node type
/// share their types (<c>Query.cities</c> and <c>Region.cities</c> → <c>CitiesConnection</c>). A nested field whose
/// name is already taken by a list of another node type is prefixed with its owner type
/// (<c>Network.partners</c> of Membership after <c>Project.partners</c> of Partner → <c>NetworkPartnersConnection</c>);
/// <see cref="PagingOptions.ConnectionName"/> names the types explicitly.
/// </summary>
internal static class ConnectionTypeBuilder
{
    /// <param name="extend">More fields of the connection type (the aggregates), added with it.</param>
    public static string AddConnection(DataSchema data, string fieldName, string nodeType, string? ownerType, PagingOptions options, Action<ObjectTypeDescriptor>? extend = null)
    {
        string prefix = options.ConnectionName ?? Pascal(fieldName);
        if (!data.TryClaimConnection(prefix, nodeType))
        {
            prefix = ownerType is not null && options.ConnectionName is null && data.TryClaimConnection(ownerType + Pascal(fieldName), nodeType)
                ? ownerType + Pascal(fieldName)
                : throw new InvalidOperationException(
                    $"The connection type {prefix}Connection pages another node type than {nodeType}; set PagingOptions.ConnectionName for {ownerType ?? "Query"}.{fieldName}.");
        }

        data.Once("PageInfo", b => b.AddObjectType("PageInfo", t =>
        {
            t.Description("Information about pagination in a connection.");
            t.Field("hasNextPage").Type("Boolean!").Description("Whether more elements follow the last one of this page.");
            t.Field("hasPreviousPage").Type("Boolean!").Description("Whether more elements come before the first one of this page.");
            t.Field("startCursor").Type("String").Description("The cursor of the first element of the page; null for an empty page.");
            t.Field("endCursor").Type("String").Description("The cursor of the last element of the page; null for an empty page.");
        }));
        data.Once(prefix + "Edge", b => b.AddObjectType(prefix + "Edge", t =>
        {
            t.Description("An edge in a connection.");
            t.Field("cursor").Type("String!").Description("An opaque cursor: give it to `after` or `before` to page from this element.");
            t.Field("node").Type(nodeType + "!").Description("The element at the end of the edge.");
        }));
        return data.Once(prefix + "Connection", b => b.AddObjectType(prefix + "Connection", t =>
        {
            t.Description("A connection to a list of items.");
            t.Field("pageInfo").Type("PageInfo!").Description("Information to aid in paging.");
            t.Field("edges").Type($"[{prefix}Edge!]").Description("The elements of the page with their cursors.");
            t.Field("nodes").Type($"[{nodeType}!]").Description("The elements of the page, without cursors.");
            t.Field("totalCount").Type("Int!").Description("The number of elements of the whole list (every page), after `where`.");
            extend?.Invoke(t);
        }));
    }

    private static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
