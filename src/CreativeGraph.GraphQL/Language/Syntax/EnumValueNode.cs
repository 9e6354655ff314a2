namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: EnumValue : Name but not `true`, `false` or `null`</summary>
public sealed class EnumValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    public required string Value { get; init; }
}
