namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>The kinds of types, as introspection's <c>__TypeKind</c> names them (spec #sec-Types).</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
