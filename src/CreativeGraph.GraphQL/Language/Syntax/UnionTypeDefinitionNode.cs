namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];

    public override bool IsExtension => false;
}
