namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: IntValue : IntegerPart</summary>
public sealed class IntValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.IntValue;

    /// <summary>The literal as written (e.g. "-12"); parsing into a number is the scalar's job.</summary>
    public required string Value { get; init; }
}
