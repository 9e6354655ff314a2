namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: ListValue[Const] : `[` `]` | `[` Value[?Const]+ `]`</summary>
public sealed class ListValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ListValue;

    public required IReadOnlyList<ValueNode> Values { get; init; }
}
