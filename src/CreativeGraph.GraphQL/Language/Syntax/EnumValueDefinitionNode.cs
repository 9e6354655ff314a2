namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: EnumValueDefinition : Description? EnumValue Directives[Const]?</summary>
public sealed class EnumValueDefinitionNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
