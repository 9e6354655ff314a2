namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</summary>
public sealed class FieldDefinitionNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    public required TypeNode Type { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
