namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>Configures an object type (spec #sec-Objects).</summary>
public sealed class ObjectTypeDescriptor : NamedTypeDescriptor<ObjectTypeDescriptor>
{
    internal ObjectTypeDescriptor(TypeConfig config)
        : base(config)
    {
    }

    /// <summary>Adds a field, or returns the existing one of that name to reconfigure it.</summary>
    public FieldDescriptor Field(string name) => new(Config.GetOrAddField(name));

    /// <summary>Declares an implemented interface (resolved by name at Build).</summary>
    public ObjectTypeDescriptor Implements(string interfaceName)
    {
        Config.Interfaces.Add(new NamedTypeRef(interfaceName));
        return this;
    }

    /// <summary>
    /// Applies <c>@authorize</c> to the type: the rule guards every field of the type, before the fields' own rules
    /// (see <see cref="FieldDescriptor.Authorize"/>).
    /// </summary>
    public ObjectTypeDescriptor Authorize(string? policy = null, IReadOnlyList<string>? roles = null, ApplyPolicy apply = ApplyPolicy.BeforeResolver) =>
        Directive(AuthorizeDirectives.Authorize, AuthorizeDirectives.Arguments(policy, roles, apply));

    /// <summary>Tells abstract types whether a value belongs to this type.</summary>
    public ObjectTypeDescriptor IsOfType(Func<object, bool> isOfType)
    {
        Config.IsOfType = isOfType;
        return this;
    }

    /// <summary>The CLR type of this type's values; also used to resolve abstract types when no IsOfType is given.</summary>
    public ObjectTypeDescriptor RuntimeType(Type runtimeType)
    {
        Config.RuntimeType = runtimeType;
        return this;
    }

    public ObjectTypeDescriptor RuntimeType<T>() => RuntimeType(typeof(T));
}
