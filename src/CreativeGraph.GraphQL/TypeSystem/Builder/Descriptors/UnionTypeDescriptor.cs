namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>Configures a union type (spec #sec-Unions).</summary>
public sealed class UnionTypeDescriptor : NamedTypeDescriptor<UnionTypeDescriptor>
{
    internal UnionTypeDescriptor(TypeConfig config)
        : base(config)
    {
    }

    /// <summary>Adds member object types (resolved by name at Build).</summary>
    public UnionTypeDescriptor Types(params string[] memberNames)
    {
        foreach (string name in memberNames)
        {
            Config.UnionMembers.Add(new NamedTypeRef(name));
        }

        return this;
    }

    public UnionTypeDescriptor ResolveType(TypeResolver resolver)
    {
        Config.ResolveType = resolver;
        return this;
    }
}
