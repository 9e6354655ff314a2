namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?</summary>
public sealed class VariableDefinitionNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    public StringValueNode? Description { get; init; }

    public required VariableNode Variable { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
