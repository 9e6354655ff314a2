using CreativeGraph.Api.Research.Traversal;
using CreativeGraph.Data.Relay;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Api.Research.Index;

/// <summary>Global IDs (HotChocolate's format, <see cref="GlobalId"/>) of the node types the traversals visit.</summary>
internal static class NodeIds
{
    /// <summary>The node an <c>ID!</c> argument names; a coded error when it is no ID of a traversal node type.</summary>
    public static NodeArgument Argument(IResolverContext context, string argument)
    {
        string value = context.ArgumentValue<string>(argument) ?? "";
        return GlobalId.TryDecode(value, out string? typeName, out int id) && TraversalCatalog.Default.TryGetNode(typeName, out NodeKind kind)
            ? new NodeArgument(argument, value, new NodeRef(kind, id))
            : throw ResearchErrors.NodeIdInvalid(argument, value);
    }

    public static string Encode(NodeRef node) => GlobalId.Encode(node.Kind.Name, node.Id);
}
