namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: Type : NamedType | ListType | NonNullType</summary>
public abstract class TypeNode : SyntaxNode
{
    /// <summary>The named type at the bottom of the wrappers.</summary>
    public abstract NamedTypeNode NamedType { get; }
}
