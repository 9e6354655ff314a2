namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: StringValue : `"` StringCharacter* `"` | BlockString</summary>
public sealed class StringValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.StringValue;

    /// <summary>The string value after escapes (and, for block strings, indentation) were processed.</summary>
    public required string Value { get; init; }

    public bool Block { get; init; }
}
