namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: Directive[Const] : @ Name Arguments[?Const]?</summary>
public sealed class DirectiveNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Directive;

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
}
