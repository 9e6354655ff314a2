namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: ObjectValue[Const] : `{` `}` | `{` ObjectField[?Const]+ `}`</summary>
public sealed class ObjectValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    public required IReadOnlyList<ObjectFieldNode> Fields { get; init; }
}
