namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>A union type (spec #sec-Unions).</summary>
public sealed class UnionType : NamedType
{
    public UnionType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Union;

    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];

    /// <summary>Resolves the concrete object type of a value (spec #sec-Value-Completion, ResolveAbstractType).</summary>
    public TypeResolver? ResolveType { get; internal set; }
}
