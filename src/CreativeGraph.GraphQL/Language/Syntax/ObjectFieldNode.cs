namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: ObjectField[Const] : Name : Value[?Const]</summary>
public sealed class ObjectFieldNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
