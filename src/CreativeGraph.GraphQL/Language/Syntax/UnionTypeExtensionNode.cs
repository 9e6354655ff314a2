namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes?</summary>
public sealed class UnionTypeExtensionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];

    public override bool IsExtension => true;
}
