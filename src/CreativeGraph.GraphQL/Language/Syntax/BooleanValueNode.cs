namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: BooleanValue : one of `true` `false`</summary>
public sealed class BooleanValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    public required bool Value { get; init; }
}
