namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</summary>
public sealed class InputValueDefinitionNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
