namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: InlineFragment : ... TypeCondition? Directives? SelectionSet</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; init; }

    public required SelectionSetNode SelectionSet { get; init; }
}
