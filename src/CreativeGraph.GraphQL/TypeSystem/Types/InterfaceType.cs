namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>An interface type (spec #sec-Interfaces), which may itself implement interfaces.</summary>
public sealed class InterfaceType : NamedType, IComplexOutputType
{
    public InterfaceType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Interface;

    public FieldCollection<OutputField> Fields { get; internal set; } = FieldCollection<OutputField>.Empty;

    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    /// <summary>Resolves the concrete object type of a value (spec #sec-Value-Completion, ResolveAbstractType).</summary>
    public TypeResolver? ResolveType { get; internal set; }
}
