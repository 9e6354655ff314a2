using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>An argument of a field or directive, or a field of an input object (spec InputValueDefinition).</summary>
public sealed class InputValue : IField, IHasDirectives
{
    private FeatureCollection? _features;

    public InputValue(string name, IType type, string? description = null)
    {
        Name = name;
        Type = type;
        Description = description;
    }

    public string Name { get; }

    public IType Type { get; internal set; }

    public string? Description { get; internal set; }

    /// <summary>The default value as a literal, exactly as it is printed in SDL and introspection.</summary>
    public ValueNode? DefaultValueLiteral { get; internal set; }

    public bool HasDefaultValue => DefaultValueLiteral is not null;

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> Directives { get; internal set; } = [];

    /// <summary>Free-form metadata (e.g. cost slicing arguments, a filter's member mapping).</summary>
    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Data other layers keep on this element (see <see cref="FeatureCollection"/>).</summary>
    public FeatureCollection Features => LazyInitializer.EnsureInitialized(ref _features);

    public override string ToString() => $"{Name}: {Type}";
}
