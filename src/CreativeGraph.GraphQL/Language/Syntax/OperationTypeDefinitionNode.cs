namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: RootOperationTypeDefinition : OperationType : NamedType</summary>
public sealed class OperationTypeDefinitionNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    public required OperationType Operation { get; init; }

    public required NamedTypeNode Type { get; init; }
}
