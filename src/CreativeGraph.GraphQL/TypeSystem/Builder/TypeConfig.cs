using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// A named type as the builder collects it, from code or SDL, before type references are resolved
/// (so types may refer to each other in any order, cyclically included).
/// </summary>
internal sealed class TypeConfig(string name, TypeKind kind)
{
    public string Name { get; } = name;

    public TypeKind Kind { get; } = kind;

    public string? Description { get; set; }

    public List<FieldConfig> Fields { get; } = [];

    public List<InputValueConfig> InputFields { get; } = [];

    public List<NamedTypeRef> Interfaces { get; } = [];

    public List<NamedTypeRef> UnionMembers { get; } = [];

    public List<EnumValueConfig> Values { get; } = [];

    public List<DirectiveConfig> Directives { get; } = [];

    public bool IsOneOf { get; set; }

    public ScalarType? Scalar { get; set; }

    public TypeResolver? ResolveType { get; set; }

    public Func<object, bool>? IsOfType { get; set; }

    public Type? RuntimeType { get; set; }

    public bool IsIntrospection { get; set; }

    public TypeDefinitionNode? SyntaxNode { get; set; }

    public Dictionary<string, object?> ContextData { get; } = new(StringComparer.Ordinal);

    public FieldConfig GetOrAddField(string fieldName)
    {
        FieldConfig? field = Fields.Find(f => f.Name == fieldName);
        if (field is null)
        {
            field = new FieldConfig(fieldName);
            Fields.Add(field);
        }

        return field;
    }
}

/// <summary>A reference to a named type, with the place it was written for error locations.</summary>
internal readonly record struct NamedTypeRef(string Name, Location? Location = null);

/// <summary>An output field of an object or interface type being built.</summary>
internal sealed class FieldConfig(string name)
{
    public string Name { get; } = name;

    public TypeRef Type { get; set; }

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public List<InputValueConfig> Arguments { get; } = [];

    public List<DirectiveConfig> Directives { get; } = [];

    public FieldResolver? Resolver { get; set; }

    public bool IsPure { get; set; }

    public Dictionary<string, object?> ContextData { get; } = new(StringComparer.Ordinal);

    public Location? Location { get; set; }
}

/// <summary>An argument or input field being built; its default is a literal or a CLR value.</summary>
internal sealed class InputValueConfig(string name)
{
    public string Name { get; } = name;

    public TypeRef Type { get; set; }

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public ValueNode? DefaultLiteral { get; set; }

    public bool HasDefaultValue { get; set; }

    public object? DefaultValue { get; set; }

    public List<DirectiveConfig> Directives { get; } = [];

    public Dictionary<string, object?> ContextData { get; } = new(StringComparer.Ordinal);

    public Location? Location { get; set; }
}

/// <summary>An enum value being built.</summary>
internal sealed class EnumValueConfig(string name, object runtimeValue)
{
    public string Name { get; } = name;

    public object RuntimeValue { get; set; } = runtimeValue;

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public List<DirectiveConfig> Directives { get; } = [];

    public Location? Location { get; set; }
}

/// <summary>A directive applied to a schema element: a literal directive node, or a name with CLR argument values.</summary>
internal sealed class DirectiveConfig
{
    public DirectiveConfig(DirectiveNode node) => Node = node;

    public DirectiveConfig(string name, IReadOnlyList<(string Name, object? Value)> arguments)
    {
        Name = name;
        Arguments = arguments;
    }

    public DirectiveNode? Node { get; }

    public string? Name { get; }

    public IReadOnlyList<(string Name, object? Value)> Arguments { get; } = [];

    public string DirectiveName => Node?.Name.Value ?? Name!;
}

/// <summary>A directive definition being built.</summary>
internal sealed class DirectiveDefinitionConfig(string name)
{
    public string Name { get; } = name;

    public string? Description { get; set; }

    public List<InputValueConfig> Arguments { get; } = [];

    public List<DirectiveLocation> Locations { get; } = [];

    public bool IsRepeatable { get; set; }

    public DirectiveDefinitionNode? SyntaxNode { get; set; }
}

/// <summary>
/// A type reference before Build: SDL syntax, a type string from code (<c>"[String!]!"</c>) or a type
/// object. Resolved by name when the schema is completed.
/// </summary>
internal readonly record struct TypeRef(TypeNode? Syntax, IType? Type)
{
    public static implicit operator TypeRef(TypeNode syntax) => new(syntax, null);

    public bool IsEmpty => Syntax is null && Type is null;
}
