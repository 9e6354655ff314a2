namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: ExecutableDefinition : OperationDefinition | FragmentDefinition</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    /// <summary>A description before the definition (allowed since the September 2025 edition).</summary>
    public StringValueNode? Description { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public required SelectionSetNode SelectionSet { get; init; }
}
