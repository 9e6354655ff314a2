namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: ListType : [ Type ]</summary>
public sealed class ListTypeNode : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.ListType;

    public required TypeNode Type { get; init; }

    public override NamedTypeNode NamedType => Type.NamedType;
}
