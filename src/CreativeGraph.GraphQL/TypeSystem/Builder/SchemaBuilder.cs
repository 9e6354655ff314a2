using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// Builds a <see cref="Schema"/> in code (fluent, HotChocolate-like) and/or from SDL. Types refer to each
/// other by name and are resolved at <see cref="Build"/>, so definition order does not matter. Build adds
/// the built-in directives and the introspection system, validates the schema (spec §3) and throws a
/// <see cref="SchemaException"/> listing every problem.
/// </summary>
/// <example>
/// <code>
/// Schema schema = new SchemaBuilder()
///     .AddQueryType("Query", t => t.Field("hello").Type("String!").Resolve(ctx => "world"))
///     .Build();
/// </code>
/// </example>
public sealed partial class SchemaBuilder
{
    private readonly List<TypeConfig> _types = [];
    private readonly Dictionary<string, TypeConfig> _typesByName = new(StringComparer.Ordinal);
    private readonly List<DirectiveDefinitionConfig> _directives = [];
    private readonly List<TypeSystemDefinitionNode> _extensions = [];
    private readonly List<Action<SchemaBuilder>> _bindings = [];
    private readonly List<GraphQLError> _errors = [];
    private readonly List<DirectiveConfig> _schemaDirectives = [];
    private readonly string?[] _rootTypeNames = new string?[3];
    private readonly Location?[] _rootLocations = new Location?[3];
    private FeatureCollection? _features;
    private bool _hasSchemaDefinition;
    private string? _description;

    /// <summary>Data other layers keep on this element (see <see cref="FeatureCollection"/>).</summary>
    public FeatureCollection Features => LazyInitializer.EnsureInitialized(ref _features);

    /// <summary>The schema's description (spec #sec-Schema, printed above <c>schema { … }</c>).</summary>
    public SchemaBuilder Description(string? description)
    {
        _description = description;
        return this;
    }

    /// <summary>Defines the query root type (or adds fields to it when it was already defined).</summary>
    public SchemaBuilder AddQueryType(string name, Action<ObjectTypeDescriptor> configure) => AddRootType(OperationType.Query, name, configure);

    /// <summary>Defines the mutation root type (or adds fields to it when it was already defined).</summary>
    public SchemaBuilder AddMutationType(string name, Action<ObjectTypeDescriptor> configure) => AddRootType(OperationType.Mutation, name, configure);

    public SchemaBuilder AddObjectType(string name, Action<ObjectTypeDescriptor> configure)
    {
        configure(new ObjectTypeDescriptor(Define(name, TypeKind.Object)));
        return this;
    }

    /// <summary>Adds fields (or configures existing ones) on an object type defined in code or SDL.</summary>
    public SchemaBuilder ExtendObjectType(string name, Action<ObjectTypeDescriptor> configure)
    {
        _bindings.Add(b => configure(new ObjectTypeDescriptor(b.Existing(name, TypeKind.Object))));
        return this;
    }

    public SchemaBuilder AddInterfaceType(string name, Action<InterfaceTypeDescriptor> configure)
    {
        configure(new InterfaceTypeDescriptor(Define(name, TypeKind.Interface)));
        return this;
    }

    public SchemaBuilder AddUnionType(string name, Action<UnionTypeDescriptor> configure)
    {
        configure(new UnionTypeDescriptor(Define(name, TypeKind.Union)));
        return this;
    }

    public SchemaBuilder AddEnumType(string name, Action<EnumTypeDescriptor> configure)
    {
        configure(new EnumTypeDescriptor(Define(name, TypeKind.Enum)));
        return this;
    }

    /// <summary>
    /// Maps a CLR enum: each member becomes a value named in UPPER_SNAKE_CASE (HotChocolate's convention,
    /// <c>InProgress</c> → <c>IN_PROGRESS</c>) whose runtime value is the member itself.
    /// </summary>
    public SchemaBuilder AddEnumType<TEnum>(string? name = null, Action<EnumTypeDescriptor>? configure = null)
        where TEnum : struct, Enum
    {
        TypeConfig config = Define(name ?? typeof(TEnum).Name, TypeKind.Enum);
        config.RuntimeType = typeof(TEnum);
        EnumTypeDescriptor descriptor = new(config);
        foreach (TEnum value in Enum.GetValues<TEnum>())
        {
            descriptor.Value(NameConventions.EnumValueName(value.ToString()), value);
        }

        configure?.Invoke(descriptor);
        return this;
    }

    public SchemaBuilder AddInputObjectType(string name, Action<InputObjectTypeDescriptor> configure)
    {
        configure(new InputObjectTypeDescriptor(Define(name, TypeKind.InputObject)));
        return this;
    }

    /// <summary>Adds a scalar with its own coercion (built-in and HotChocolate scalars are added when referenced).</summary>
    public SchemaBuilder AddScalarType(ScalarType scalar)
    {
        Define(scalar.Name, TypeKind.Scalar).Scalar = scalar;
        return this;
    }

    /// <summary>Defines a custom directive (spec #sec-Type-System.Directives.Custom-Directives).</summary>
    public SchemaBuilder AddDirectiveType(string name, Action<DirectiveTypeDescriptor> configure)
    {
        DirectiveDefinitionConfig config = new(name);
        _directives.Add(config);
        configure(new DirectiveTypeDescriptor(config));
        return this;
    }

    /// <summary>Binds a resolver to a field defined in SDL (or in code).</summary>
    public SchemaBuilder BindResolver(string typeName, string fieldName, FieldResolver resolver, bool isPure = false)
    {
        _bindings.Add(b =>
        {
            FieldDescriptor field = new(b.ExistingField(typeName, fieldName));
            field.Resolve(resolver).IsPure(isPure);
        });
        return this;
    }

    /// <summary>Binds a synchronous resolver to a field defined in SDL (or in code).</summary>
    public SchemaBuilder BindResolver(string typeName, string fieldName, Func<IResolverContext, object?> resolver, bool isPure = false)
    {
        _bindings.Add(b => new FieldDescriptor(b.ExistingField(typeName, fieldName)).Resolve(resolver).IsPure(isPure));
        return this;
    }

    /// <summary>Binds the type resolver of an interface or union.</summary>
    public SchemaBuilder BindTypeResolver(string abstractTypeName, TypeResolver resolver)
    {
        _bindings.Add(b => b.Existing(abstractTypeName, null).ResolveType = resolver);
        return this;
    }

    /// <summary>Binds the CLR type of an object or enum type's values.</summary>
    public SchemaBuilder BindRuntimeType(string typeName, Type runtimeType)
    {
        _bindings.Add(b => b.Existing(typeName, null).RuntimeType = runtimeType);
        return this;
    }

    /// <summary>Binds a CLR enum to an enum type defined in SDL: values map by UPPER_SNAKE_CASE name.</summary>
    public SchemaBuilder BindEnumType<TEnum>(string typeName)
        where TEnum : struct, Enum
    {
        _bindings.Add(b =>
        {
            TypeConfig config = b.Existing(typeName, TypeKind.Enum);
            config.RuntimeType = typeof(TEnum);
            foreach (TEnum value in Enum.GetValues<TEnum>())
            {
                string name = NameConventions.EnumValueName(value.ToString());
                config.Values.Find(v => v.Name == name)?.RuntimeValue = value;
            }
        });
        return this;
    }

    private SchemaBuilder AddRootType(OperationType operation, string name, Action<ObjectTypeDescriptor> configure)
    {
        _rootTypeNames[(int)operation] = name;
        TypeConfig config = _typesByName.TryGetValue(name, out TypeConfig? existing) && existing.Kind == TypeKind.Object
            ? existing
            : Define(name, TypeKind.Object);
        configure(new ObjectTypeDescriptor(config));
        return this;
    }

    private TypeConfig Define(string name, TypeKind kind, TypeDefinitionNode? syntax = null)
    {
        TypeConfig config = new(name, kind) { SyntaxNode = syntax };
        if (!_typesByName.TryAdd(name, config))
        {
            Report(TypeSystemMessages.DuplicateType(name), ErrorCodes.SchemaNameNotUnique, syntax?.Name.Location);
        }
        else
        {
            _types.Add(config);
        }

        return config;
    }

    private TypeConfig Existing(string name, TypeKind? kind)
    {
        if (_typesByName.TryGetValue(name, out TypeConfig? config) && (kind is null || config.Kind == kind))
        {
            return config;
        }

        throw new InvalidOperationException(TypeSystemMessages.UnknownType(name));
    }

    private FieldConfig ExistingField(string typeName, string fieldName)
    {
        TypeConfig config = Existing(typeName, null);
        return config.Fields.Find(f => f.Name == fieldName)
            ?? throw new InvalidOperationException($"The type \"{typeName}\" has no field \"{fieldName}\".");
    }

    private void Report(string message, string code, Location? location = null) =>
        _errors.Add(new GraphQLError(message, code, location is { } l ? [l] : null));
}
