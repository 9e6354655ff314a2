namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    public required NameNode Name { get; init; }

    public required NamedTypeNode TypeCondition { get; init; }
}
