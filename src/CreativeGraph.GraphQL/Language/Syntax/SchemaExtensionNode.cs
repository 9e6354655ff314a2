namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]</summary>
public sealed class SchemaExtensionNode : TypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}
