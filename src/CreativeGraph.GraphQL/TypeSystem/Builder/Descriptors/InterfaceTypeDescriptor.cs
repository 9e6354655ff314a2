namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>Configures an interface type (spec #sec-Interfaces).</summary>
public sealed class InterfaceTypeDescriptor : NamedTypeDescriptor<InterfaceTypeDescriptor>
{
    internal InterfaceTypeDescriptor(TypeConfig config)
        : base(config)
    {
    }

    public FieldDescriptor Field(string name) => new(Config.GetOrAddField(name));

    /// <summary>Declares an implemented interface (spec: interfaces implementing interfaces).</summary>
    public InterfaceTypeDescriptor Implements(string interfaceName)
    {
        Config.Interfaces.Add(new NamedTypeRef(interfaceName));
        return this;
    }

    /// <summary>Resolves the object type of a value of this interface.</summary>
    public InterfaceTypeDescriptor ResolveType(TypeResolver resolver)
    {
        Config.ResolveType = resolver;
        return this;
    }
}
