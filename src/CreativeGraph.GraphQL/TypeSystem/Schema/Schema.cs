using System.Diagnostics.CodeAnalysis;
using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// A complete, validated schema (spec #sec-Schema). Immutable once built by a schema builder; safe to
/// share across threads.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<NamedType, IReadOnlyList<ObjectType>> _possibleTypes = [];
    private FeatureCollection? _features;

    internal Schema(
        string? description,
        ObjectType queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IEnumerable<NamedType> types,
        IEnumerable<DirectiveDefinition> directives,
        IReadOnlyList<DirectiveNode> appliedDirectives)
    {
        Description = description;
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        _types = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _directives = directives.ToDictionary(d => d.Name, StringComparer.Ordinal);
        Directives = appliedDirectives;
        Types = [.. _types.Values];
        DirectiveDefinitions = [.. _directives.Values];

        HasValidationAuthorization = Types.OfType<ObjectType>().Any(o => o.Fields.Any(f => f.Authorization is { Validation.Length: > 0 }));
        foreach (NamedType type in Types)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union] = union.Types;
                    break;
                case InterfaceType iface:
                    _possibleTypes[iface] = [.. Types.OfType<ObjectType>().Where(o => Implements(o, iface))];
                    break;
            }
        }
    }

    public string? Description { get; }

    public ObjectType QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, built-in scalars and introspection types included, in definition order.</summary>
    public IReadOnlyList<NamedType> Types { get; }

    public IReadOnlyList<DirectiveDefinition> DirectiveDefinitions { get; }

    /// <summary>Directives applied to the schema itself.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>True when a field has an <c>@authorize(apply: VALIDATION)</c> rule, so requests check them before execution.</summary>
    internal bool HasValidationAuthorization { get; }

    /// <summary>Free-form metadata shared by the whole schema (e.g. the node-ID serializer, cost defaults).</summary>
    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Data other layers keep on this element (see <see cref="FeatureCollection"/>).</summary>
    public FeatureCollection Features => LazyInitializer.EnsureInitialized(ref _features);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    public bool TryGetType(string name, [NotNullWhen(true)] out NamedType? type) => _types.TryGetValue(name, out type);

    public T? GetType<T>(string name)
        where T : NamedType => _types.GetValueOrDefault(name) as T;

    public bool TryGetDirective(string name, [NotNullWhen(true)] out DirectiveDefinition? directive) =>
        _directives.TryGetValue(name, out directive);

    /// <summary>The object types that a value of the abstract type may have (spec GetPossibleTypes).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        ObjectType o => [o],
        _ => _possibleTypes.GetValueOrDefault(abstractType) ?? [],
    };

    /// <summary>True when <paramref name="objectType"/> is a possible type of <paramref name="abstractType"/>.</summary>
    public bool IsPossibleType(NamedType abstractType, ObjectType objectType) => abstractType switch
    {
        ObjectType o => ReferenceEquals(o, objectType),
        UnionType u => u.Types.Contains(objectType),
        InterfaceType i => Implements(objectType, i),
        _ => false,
    };

    /// <summary>True when <paramref name="maybeSubType"/> is the abstract type itself or one of its members/implementations.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => (abstractType, maybeSubType) switch
    {
        _ when ReferenceEquals(abstractType, maybeSubType) => true,
        (UnionType u, ObjectType o) => u.Types.Contains(o),
        (InterfaceType i, IComplexOutputType c) => Implements(c, i),
        _ => false,
    };

    private static bool Implements(IComplexOutputType type, InterfaceType iface)
    {
        foreach (InterfaceType i in type.Interfaces)
        {
            if (ReferenceEquals(i, iface))
            {
                return true;
            }
        }

        return false;
    }
}
