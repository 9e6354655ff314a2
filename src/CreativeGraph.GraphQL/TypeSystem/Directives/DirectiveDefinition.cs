using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>A directive definition (spec #sec-Type-System.Directives).</summary>
public sealed class DirectiveDefinition
{
    private FeatureCollection? _features;

    public DirectiveDefinition(string name, IReadOnlyList<DirectiveLocation> locations, string? description = null, bool isRepeatable = false)
    {
        Name = name;
        Locations = locations;
        Description = description;
        IsRepeatable = isRepeatable;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    public FieldCollection<InputValue> Arguments { get; internal set; } = FieldCollection<InputValue>.Empty;

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public bool IsRepeatable { get; }

    /// <summary>True for the directives the specification defines (skip, include, deprecated, specifiedBy, oneOf).</summary>
    public bool IsSpecified { get; internal set; }

    public DirectiveDefinitionNode? SyntaxNode { get; internal set; }

    /// <summary>Data other layers keep on this element (see <see cref="FeatureCollection"/>).</summary>
    public FeatureCollection Features => LazyInitializer.EnsureInitialized(ref _features);

    public override string ToString() => "@" + Name;
}
