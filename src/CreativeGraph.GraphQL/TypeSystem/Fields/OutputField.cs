using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>A field of an object or interface type (spec #sec-Objects, FieldsDefinition).</summary>
public sealed class OutputField : IField, IHasDirectives
{
    private FeatureCollection? _features;

    public OutputField(string name, IType type, string? description = null)
    {
        Name = name;
        Type = type;
        Description = description;
    }

    public string Name { get; }

    public IType Type { get; internal set; }

    public string? Description { get; internal set; }

    public FieldCollection<InputValue> Arguments { get; internal set; } = FieldCollection<InputValue>.Empty;

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> Directives { get; internal set; } = [];

    /// <summary>The type that declares the field (set when the schema is completed).</summary>
    public IComplexOutputType DeclaringType { get; internal set; } = null!;

    /// <summary>The field's resolver; null means the default resolver (property or dictionary lookup).</summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>True when the field was defined without a resolver and reads the parent's member of its name.</summary>
    public bool HasDefaultResolver { get; internal set; }

    /// <summary>
    /// True when the resolver completes synchronously and has no side effects (a property read, say), so
    /// the executor may call it inline without scheduling.
    /// </summary>
    public bool IsPure { get; internal set; }

    /// <summary>
    /// The <c>@authorize</c> rules that guard the field: its object type's, then its own, in order (empty for most
    /// fields). Enforced by the executor through the request's <see cref="Execution.IAuthorizationHandler"/>.
    /// </summary>
    public IReadOnlyList<AuthorizeDirective> AuthorizeDirectives => Authorization?.All ?? [];

    /// <summary>The rules split by when they apply; null when there are none, decided at schema build.</summary>
    internal FieldAuthorization? Authorization { get; set; }

    /// <summary>Free-form metadata: cost weight, list size, authorization policy, paging options…</summary>
    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>The schema coordinate (spec #sec-Schema-Coordinates): <c>Type.field</c>.</summary>
    public string Coordinate => $"{DeclaringType?.Name}.{Name}";

    /// <summary>Data other layers keep on this element (see <see cref="FeatureCollection"/>).</summary>
    public FeatureCollection Features => LazyInitializer.EnsureInitialized(ref _features);

    public override string ToString() => Coordinate;
}
