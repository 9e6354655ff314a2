namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: Argument[Const] : Name : Value[?Const]</summary>
public sealed class ArgumentNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Argument;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
