namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: Field : Alias? Name Arguments? Directives? SelectionSet?</summary>
public sealed class FieldNode : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.Field;

    public NameNode? Alias { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    public SelectionSetNode? SelectionSet { get; init; }

    /// <summary>The key of this field in the response: the alias if present, else the name.</summary>
    public string ResponseName => Alias?.Value ?? Name.Value;
}
