using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>A named type: scalar, object, interface, union, enum or input object (spec #sec-Types).</summary>
public abstract class NamedType : IType, IHasDirectives
{
    private FeatureCollection? _features;

    protected NamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    public abstract TypeKind Kind { get; }

    /// <summary>The directives applied to this type in the schema (e.g. <c>@oneOf</c>, <c>@specifiedBy</c>).</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; internal set; } = [];

    /// <summary>The SDL definition this type was built from, if any (for locations in schema errors).</summary>
    public TypeDefinitionNode? SyntaxNode { get; internal set; }

    /// <summary>Free-form metadata the schema author attaches (cost weights, authorization rules, paging options…).</summary>
    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>True for the types of the introspection system (spec §4: <c>__Schema</c>, <c>__Type</c>…).</summary>
    public bool IsIntrospectionType { get; internal set; }

    /// <summary>Data other layers keep on this element (see <see cref="FeatureCollection"/>).</summary>
    public FeatureCollection Features => LazyInitializer.EnsureInitialized(ref _features);

    public override string ToString() => Name;
}
