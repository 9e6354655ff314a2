using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Api.KnowledgeGraph.Fields;

/// <summary>The arguments of every connection field, HotChocolate's, in its order.</summary>
internal static class ConnectionArguments
{
    /// <summary>The descriptions of the paging, filtering and sorting arguments every connection has.</summary>
    public static void Describe(FieldDescriptor field, Type node) => field
        .Argument("first", "Int", a => a.Description("Returns the first _n_ elements from the list (default 10, at most 50)."))
        .Argument("after", "String", a => a.Description("Returns the elements in the list that come after the specified cursor."))
        .Argument("last", "Int", a => a.Description("Returns the last _n_ elements from the list (at most 50)."))
        .Argument("before", "String", a => a.Description("Returns the elements in the list that come before the specified cursor."))
        .Argument("where", node.Name + "FilterInput", a => a.Description("Keeps the elements that match this filter."))
        .Argument("order", $"[{node.Name}SortInput!]", a => a.Description("Orders the elements; each element of the list is one sort key, in priority order."));
}
