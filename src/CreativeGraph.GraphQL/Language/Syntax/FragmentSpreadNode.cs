namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: FragmentSpread : ... FragmentName Directives?</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    public required NameNode Name { get; init; }
}
