namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: Selection : Field | FragmentSpread | InlineFragment</summary>
public abstract class SelectionNode : SyntaxNode
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
