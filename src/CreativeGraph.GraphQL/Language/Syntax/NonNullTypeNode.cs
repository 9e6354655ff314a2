namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: NonNullType : NamedType ! | ListType !</summary>
public sealed class NonNullTypeNode : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    /// <summary>A NamedTypeNode or ListTypeNode, never another NonNullTypeNode.</summary>
    public required TypeNode Type { get; init; }

    public override NamedTypeNode NamedType => Type.NamedType;
}
