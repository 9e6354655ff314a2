namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>Any type of the schema: a named type or a List/Non-Null wrapper (spec #sec-Types).</summary>
public interface IType
{
    TypeKind Kind { get; }
}
