namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: NullValue : `null`</summary>
public sealed class NullValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;

    /// <summary>A shared instance for nodes built in code.</summary>
    public static NullValueNode Instance { get; } = new();
}
