namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: Document : Definition+</summary>
public sealed class DocumentNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Document;

    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }
}
