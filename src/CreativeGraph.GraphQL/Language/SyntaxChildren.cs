namespace CreativeGraph.GraphQL.Language;

/// <summary>
/// The one description of a node's shape: its child nodes in source order (optional children as
/// null so that positions line up) and its own scalar parts, for <see cref="SyntaxComparer"/>.
/// </summary>
internal static class SyntaxChildren
{
    /// <summary>Appends the children of <paramref name="node"/> to <paramref name="list"/> without allocating.</summary>
    public static void AddTo(SyntaxNode node, List<SyntaxNode?> list)
    {
        Builder children = new(list);
        _ = node switch
        {
            DocumentNode n => children.AddRange(n.Definitions),
            OperationDefinitionNode n => children.Add(n.Description).Add(n.Name).AddRange(n.VariableDefinitions).AddRange(n.Directives).Add(n.SelectionSet),
            VariableDefinitionNode n => children.Add(n.Description).Add(n.Variable).Add(n.Type).Add(n.DefaultValue).AddRange(n.Directives),
            VariableNode n => children.Add(n.Name),
            SelectionSetNode n => children.AddRange(n.Selections),
            FieldNode n => children.Add(n.Alias).Add(n.Name).AddRange(n.Arguments).AddRange(n.Directives).Add(n.SelectionSet),
            ArgumentNode n => children.Add(n.Name).Add(n.Value),
            FragmentSpreadNode n => children.Add(n.Name).AddRange(n.Directives),
            InlineFragmentNode n => children.Add(n.TypeCondition).AddRange(n.Directives).Add(n.SelectionSet),
            FragmentDefinitionNode n => children.Add(n.Description).Add(n.Name).Add(n.TypeCondition).AddRange(n.Directives).Add(n.SelectionSet),
            ListValueNode n => children.AddRange(n.Values),
            ObjectValueNode n => children.AddRange(n.Fields),
            ObjectFieldNode n => children.Add(n.Name).Add(n.Value),
            DirectiveNode n => children.Add(n.Name).AddRange(n.Arguments),
            NamedTypeNode n => children.Add(n.Name),
            ListTypeNode n => children.Add(n.Type),
            NonNullTypeNode n => children.Add(n.Type),
            SchemaDefinitionNode n => children.Add(n.Description).AddRange(n.Directives).AddRange(n.OperationTypes),
            SchemaExtensionNode n => children.AddRange(n.Directives).AddRange(n.OperationTypes),
            OperationTypeDefinitionNode n => children.Add(n.Type),
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => children.AddTypeHeader((TypeDefinitionNode)node),
            ObjectTypeDefinitionNode n => children.Add(n.Description).Add(n.Name).AddRange(n.Interfaces).AddRange(n.Directives).AddRange(n.Fields),
            ObjectTypeExtensionNode n => children.Add(n.Description).Add(n.Name).AddRange(n.Interfaces).AddRange(n.Directives).AddRange(n.Fields),
            InterfaceTypeDefinitionNode n => children.Add(n.Description).Add(n.Name).AddRange(n.Interfaces).AddRange(n.Directives).AddRange(n.Fields),
            InterfaceTypeExtensionNode n => children.Add(n.Description).Add(n.Name).AddRange(n.Interfaces).AddRange(n.Directives).AddRange(n.Fields),
            FieldDefinitionNode n => children.Add(n.Description).Add(n.Name).AddRange(n.Arguments).Add(n.Type).AddRange(n.Directives),
            InputValueDefinitionNode n => children.Add(n.Description).Add(n.Name).Add(n.Type).Add(n.DefaultValue).AddRange(n.Directives),
            UnionTypeDefinitionNode n => children.AddTypeHeader(n).AddRange(n.Types),
            UnionTypeExtensionNode n => children.AddTypeHeader(n).AddRange(n.Types),
            EnumTypeDefinitionNode n => children.AddTypeHeader(n).AddRange(n.Values),
            EnumTypeExtensionNode n => children.AddTypeHeader(n).AddRange(n.Values),
            EnumValueDefinitionNode n => children.Add(n.Description).Add(n.Name).AddRange(n.Directives),
            InputObjectTypeDefinitionNode n => children.AddTypeHeader(n).AddRange(n.Fields),
            InputObjectTypeExtensionNode n => children.AddTypeHeader(n).AddRange(n.Fields),
            DirectiveDefinitionNode n => children.Add(n.Description).Add(n.Name).AddRange(n.Arguments).AddRange(n.Locations),
            _ => children,
        };
    }

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

    private readonly struct Builder(List<SyntaxNode?> list)
    {
        public Builder Add(SyntaxNode? node)
        {
            list.Add(node);
            return this;
        }

        public Builder AddRange<T>(IReadOnlyList<T> nodes)
            where T : SyntaxNode
        {
            for (int i = 0; i < nodes.Count; i++)
            {
                list.Add(nodes[i]);
            }

            return this;
        }

        public Builder AddTypeHeader(TypeDefinitionNode node) => Add(node.Description).Add(node.Name).AddRange(((TypeSystemDefinitionNode)node).Directives);
    }
}
