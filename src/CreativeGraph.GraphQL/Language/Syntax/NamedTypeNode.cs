namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: NamedType : Name</summary>
public sealed class NamedTypeNode : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NamedType;

    public required NameNode Name { get; init; }

    public override NamedTypeNode NamedType => this;
}
