namespace CreativeGraph.GraphQL.Language;

/// <summary>
/// The one description of a node's shape: its child nodes in source order (optional children as
/// null so that positions line up) and its own scalar parts. <see cref="SyntaxWalker"/> and
/// <see cref="SyntaxComparer"/> both build on it.
/// </summary>
internal static class SyntaxChildren
{
    public static IEnumerable<SyntaxNode?> Of(SyntaxNode node) => node switch
    {
        DocumentNode n => n.Definitions,
        OperationDefinitionNode n => [n.Description, n.Name, .. n.VariableDefinitions, .. n.Directives, n.SelectionSet],
        VariableDefinitionNode n => [n.Description, n.Variable, n.Type, n.DefaultValue, .. n.Directives],
        VariableNode n => [n.Name],
        SelectionSetNode n => n.Selections,
        FieldNode n => [n.Alias, n.Name, .. n.Arguments, .. n.Directives, n.SelectionSet],
        ArgumentNode n => [n.Name, n.Value],
        FragmentSpreadNode n => [n.Name, .. n.Directives],
        InlineFragmentNode n => [n.TypeCondition, .. n.Directives, n.SelectionSet],
        FragmentDefinitionNode n => [n.Description, n.Name, n.TypeCondition, .. n.Directives, n.SelectionSet],
        ListValueNode n => n.Values,
        ObjectValueNode n => n.Fields,
        ObjectFieldNode n => [n.Name, n.Value],
        DirectiveNode n => [n.Name, .. n.Arguments],
        NamedTypeNode n => [n.Name],
        ListTypeNode n => [n.Type],
        NonNullTypeNode n => [n.Type],
        SchemaDefinitionNode n => [n.Description, .. n.Directives, .. n.OperationTypes],
        SchemaExtensionNode n => [.. n.Directives, .. n.OperationTypes],
        OperationTypeDefinitionNode n => [n.Type],
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => TypeHeader((TypeDefinitionNode)node),
        ObjectTypeDefinitionNode n => [n.Description, n.Name, .. n.Interfaces, .. n.Directives, .. n.Fields],
        ObjectTypeExtensionNode n => [n.Description, n.Name, .. n.Interfaces, .. n.Directives, .. n.Fields],
        InterfaceTypeDefinitionNode n => [n.Description, n.Name, .. n.Interfaces, .. n.Directives, .. n.Fields],
        InterfaceTypeExtensionNode n => [n.Description, n.Name, .. n.Interfaces, .. n.Directives, .. n.Fields],
        FieldDefinitionNode n => [n.Description, n.Name, .. n.Arguments, n.Type, .. n.Directives],
        InputValueDefinitionNode n => [n.Description, n.Name, n.Type, n.DefaultValue, .. n.Directives],
        UnionTypeDefinitionNode n => [.. TypeHeader(n), .. n.Types],
        UnionTypeExtensionNode n => [.. TypeHeader(n), .. n.Types],
        EnumTypeDefinitionNode n => [.. TypeHeader(n), .. n.Values],
        EnumTypeExtensionNode n => [.. TypeHeader(n), .. n.Values],
        EnumValueDefinitionNode n => [n.Description, n.Name, .. n.Directives],
        InputObjectTypeDefinitionNode n => [.. TypeHeader(n), .. n.Fields],
        InputObjectTypeExtensionNode n => [.. TypeHeader(n), .. n.Fields],
        DirectiveDefinitionNode n => [n.Description, n.Name, .. n.Arguments, .. n.Locations],
        _ => [],
    };

    /// <summary>The values a node holds itself (not in child nodes); equal nodes have equal scalars.</summary>
    public static (object? First, object? Second) Scalars(SyntaxNode node) => node switch
    {
        NameNode n => (n.Value, null),
        IntValueNode n => (n.Value, null),
        FloatValueNode n => (n.Value, null),
        StringValueNode n => (n.Value, n.Block),
        BooleanValueNode n => (n.Value, null),
        EnumValueNode n => (n.Value, null),
        OperationDefinitionNode n => (n.Operation, null),
        OperationTypeDefinitionNode n => (n.Operation, null),
        DirectiveDefinitionNode n => (n.Repeatable, null),
        _ => (null, null),
    };

    private static SyntaxNode?[] TypeHeader(TypeDefinitionNode node) => [node.Description, node.Name, .. node.Directives];
}
