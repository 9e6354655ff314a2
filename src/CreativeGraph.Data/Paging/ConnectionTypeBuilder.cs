using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Paging;

/// <summary>
/// Adds HotChocolate's connection types for a field: <c>&lt;FieldName&gt;Connection { pageInfo edges nodes totalCount }</c>,
/// <c>&lt;FieldName&gt;Edge { cursor node }</c> and the shared <c>PageInfo</c>.
/// </summary>
internal static class ConnectionTypeBuilder
{
    public static string AddConnection(DataSchema data, string fieldName, string nodeType)
    {
        string prefix = char.ToUpperInvariant(fieldName[0]) + fieldName[1..];
        data.Once("PageInfo", b => b.AddObjectType("PageInfo", t =>
        {
            t.Description("Information about pagination in a connection.");
            t.Field("hasNextPage").Type("Boolean!");
            t.Field("hasPreviousPage").Type("Boolean!");
            t.Field("startCursor").Type("String");
            t.Field("endCursor").Type("String");
        }));
        data.Once(prefix + "Edge", b => b.AddObjectType(prefix + "Edge", t =>
        {
            t.Description("An edge in a connection.");
            t.Field("cursor").Type("String!");
            t.Field("node").Type(nodeType + "!");
        }));
        return data.Once(prefix + "Connection", b => b.AddObjectType(prefix + "Connection", t =>
        {
            t.Description("A connection to a list of items.");
            t.Field("pageInfo").Type("PageInfo!");
            t.Field("edges").Type($"[{prefix}Edge!]");
            t.Field("nodes").Type($"[{nodeType}!]");
            t.Field("totalCount").Type("Int!");
        }));
    }
}
