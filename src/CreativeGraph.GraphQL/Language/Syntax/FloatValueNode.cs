namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: FloatValue : IntegerPart FractionalPart? ExponentPart?</summary>
public sealed class FloatValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.FloatValue;

    /// <summary>The literal as written (e.g. "1.5e3").</summary>
    public required string Value { get; init; }
}
