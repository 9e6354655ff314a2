namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    public StringValueNode? Description { get; init; }

    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
}
