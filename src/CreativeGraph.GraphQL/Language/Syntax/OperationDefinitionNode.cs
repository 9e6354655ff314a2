namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: OperationDefinition : Description? OperationType Name? VariableDefinitions? Directives? SelectionSet | SelectionSet</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    public required OperationType Operation { get; init; }

    public NameNode? Name { get; init; }

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];
}
