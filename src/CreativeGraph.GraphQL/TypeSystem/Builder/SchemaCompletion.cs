using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// Turns the collected configs into the schema model: creates every named type, then resolves type
/// references by name (so cycles are fine), then fills fields, arguments, values and applied directives.
/// Problems are reported, not thrown, so that Build can list them all.
/// </summary>
internal sealed partial class SchemaCompletion
{
    private static readonly UntypedScalarType s_untyped = new("Untyped");

    private readonly IReadOnlyList<TypeConfig> _configs;
    private readonly IReadOnlyList<DirectiveDefinitionConfig> _directiveConfigs;
    private readonly List<GraphQLError> _errors;
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly List<(TypeConfig Config, NamedType Type)> _completed = [];
    private readonly List<(DirectiveDefinitionConfig Config, DirectiveDefinition Directive)> _completedDirectives = [];

    public SchemaCompletion(IReadOnlyList<TypeConfig> configs, IReadOnlyList<DirectiveDefinitionConfig> directives, List<GraphQLError> errors)
    {
        _configs = configs;
        _directiveConfigs = directives;
        _errors = errors;
    }

    /// <summary>Every named type by name, referenced built-in scalars included.</summary>
    public IReadOnlyDictionary<string, NamedType> Types => _types;

    public IReadOnlyList<DirectiveDefinition> Directives => [.. _directives.Values];

    /// <summary>The types in definition order (user types, then the introspection types).</summary>
    public IEnumerable<NamedType> DefinedTypes => _completed.Select(c => c.Type);

    public void Complete()
    {
        foreach (TypeConfig config in _configs)
        {
            NamedType type = CreateType(config);
            _types[config.Name] = type;
            _completed.Add((config, type));
        }

        foreach (DirectiveDefinitionConfig config in _directiveConfigs)
        {
            CreateDirective(config);
        }

        foreach ((TypeConfig config, NamedType type) in _completed)
        {
            CompleteMembers(config, type);
        }

        foreach ((DirectiveDefinitionConfig config, DirectiveDefinition directive) in _completedDirectives)
        {
            directive.Arguments = new FieldCollection<InputValue>(CreateInputValues(config.Arguments, "@" + config.Name));
        }

        // Default values and applied directives need complete input types and directive definitions.
        foreach ((TypeConfig config, NamedType type) in _completed)
        {
            CompleteDefaultsAndDirectives(config, type);
        }

        foreach ((DirectiveDefinitionConfig config, DirectiveDefinition directive) in _completedDirectives)
        {
            CompleteInputValues(directive.Arguments, "@" + config.Name);
        }
    }

    /// <summary>Looks a root operation type up by name; an unknown name is reported.</summary>
    public NamedType? FindRootType(string? name, Location? location)
    {
        if (name is null)
        {
            return null;
        }

        if (_types.TryGetValue(name, out NamedType? type))
        {
            return type;
        }

        Report(TypeSystemMessages.UnknownType(name), ErrorCodes.SchemaTypeUnknown, location);
        return null;
    }

    private NamedType CreateType(TypeConfig config)
    {
        NamedType type = config.Kind switch
        {
            TypeKind.Scalar => config.Scalar ?? BuiltInScalars.CreateExtended(config.Name) ?? new UntypedScalarType(config.Name),
            TypeKind.Object => new ObjectType(config.Name) { IsOfType = config.IsOfType ?? IsInstanceOf(config.RuntimeType), RuntimeType = config.RuntimeType },
            TypeKind.Interface => new InterfaceType(config.Name) { ResolveType = config.ResolveType },
            TypeKind.Union => new UnionType(config.Name) { ResolveType = config.ResolveType },
            TypeKind.Enum => new EnumType(config.Name) { RuntimeType = config.RuntimeType },
            _ => new InputObjectType(config.Name) { IsOneOf = config.IsOneOf },
        };

        // The spec scalars are shared instances: their description and directives are the spec's.
        if (type is ScalarType && BuiltInScalars.IsSpecified(type.Name))
        {
            return type;
        }

        // SDL is authoritative: a scalar declared there without a description has none.
        type.Description = config.SyntaxNode is null ? config.Description ?? type.Description : config.Description;
        type.SyntaxNode = config.SyntaxNode;
        type.IsIntrospectionType = config.IsIntrospection;
        foreach (KeyValuePair<string, object?> pair in config.ContextData)
        {
            type.ContextData[pair.Key] = pair.Value;
        }

        return type;
    }

    // Without an IsOfType, an object type with a CLR runtime type recognises its values by their CLR type.
    private static Func<object, bool>? IsInstanceOf(Type? runtimeType) => runtimeType is null ? null : runtimeType.IsInstanceOfType;

    private void CreateDirective(DirectiveDefinitionConfig config)
    {
        if (_directives.ContainsKey(config.Name))
        {
            // A schema document may restate a built-in directive; the built-in definition stays.
            if (!BuiltInDirectives.IsBuiltIn(config.Name))
            {
                Report(TypeSystemMessages.DuplicateDirective(config.Name), ErrorCodes.SchemaNameNotUnique, config.SyntaxNode?.Name.Location);
            }

            return;
        }

        DirectiveDefinition directive = new(config.Name, [.. config.Locations], config.Description, config.IsRepeatable)
        {
            IsSpecified = config.SyntaxNode is null && BuiltInDirectives.IsBuiltIn(config.Name),
            SyntaxNode = config.SyntaxNode,
        };
        _directives[config.Name] = directive;
        _completedDirectives.Add((config, directive));
    }

    /// <summary>Resolves a type reference; null (and an error) when a named type is unknown.</summary>
    private IType? Resolve(TypeRef reference)
    {
        if (reference.Type is not null)
        {
            NamedType named = reference.Type.NamedType();
            if (!_types.ContainsKey(named.Name))
            {
                _types[named.Name] = named;
            }

            return reference.Type;
        }

        return reference.Syntax is null ? null : Resolve(reference.Syntax);
    }

    private IType? Resolve(TypeNode node)
    {
        switch (node)
        {
            case NonNullTypeNode nonNull:
                return Resolve(nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null;
            case ListTypeNode list:
                return Resolve(list.Type) is { } item ? new ListType(item) : null;
            default:
                NamedTypeNode named = (NamedTypeNode)node;
                return Lookup(new NamedTypeRef(named.Name.Value, named.Location ?? named.Name.Location));
        }
    }

    private NamedType? Lookup(NamedTypeRef reference)
    {
        if (_types.TryGetValue(reference.Name, out NamedType? type))
        {
            return type;
        }

        if (BuiltInScalars.Get(reference.Name) is { } scalar)
        {
            _types[reference.Name] = scalar;
            return scalar;
        }

        Report(TypeSystemMessages.UnknownType(reference.Name), ErrorCodes.SchemaTypeUnknown, reference.Location);
        return null;
    }

    private void Report(string message, string code, Location? location) =>
        _errors.Add(new GraphQLError(message, code, location is { } l ? [l] : null));
}
