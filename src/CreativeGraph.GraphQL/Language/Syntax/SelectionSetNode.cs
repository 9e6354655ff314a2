namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: SelectionSet : `{` Selection+ `}`</summary>
public sealed class SelectionSetNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    public required IReadOnlyList<SelectionNode> Selections { get; init; }
}
