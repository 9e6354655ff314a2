namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    public bool Repeatable { get; init; }

    public required IReadOnlyList<NameNode> Locations { get; init; }
}
