namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>An object type (spec #sec-Objects).</summary>
public sealed class ObjectType : NamedType, IComplexOutputType
{
    public ObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Object;

    public FieldCollection<OutputField> Fields { get; internal set; } = FieldCollection<OutputField>.Empty;

    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    /// <summary>
    /// Optional runtime check that a value belongs to this type, used to resolve abstract types when the
    /// interface or union has no <see cref="TypeResolver"/> of its own.
    /// </summary>
    public Func<object, bool>? IsOfType { get; internal set; }

    /// <summary>The CLR type whose instances are values of this object type, if declared in code.</summary>
    public Type? RuntimeType { get; internal set; }

    public bool Implements(InterfaceType type)
    {
        foreach (InterfaceType i in Interfaces)
        {
            if (ReferenceEquals(i, type))
            {
                return true;
            }
        }

        return false;
    }
}
