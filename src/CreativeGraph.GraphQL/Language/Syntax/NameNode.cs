namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: Name : NameStart NameContinue*</summary>
public sealed class NameNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Name;

    public required string Value { get; init; }
}
