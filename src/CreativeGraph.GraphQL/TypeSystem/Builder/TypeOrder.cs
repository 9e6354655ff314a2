namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// The order of <see cref="Schema.Types"/>, as graphql-js builds its type map: each defined type in
/// definition order, each followed by the not yet seen types it references (built-in scalars), then the
/// types reached from the roots, the directives' arguments and the introspection system.
/// </summary>
internal static class TypeOrder
{
    public static List<NamedType> Collect(
        IEnumerable<NamedType> definedTypes,
        IReadOnlyList<DirectiveDefinition> directives,
        ObjectType query,
        ObjectType? mutation,
        ObjectType? subscription)
    {
        List<NamedType> defined = [.. definedTypes];
        List<NamedType> userTypes = [.. defined.Where(t => !t.IsIntrospectionType)];
        HashSet<NamedType> seen = [.. userTypes];
        List<NamedType> ordered = [];
        foreach (NamedType type in userTypes)
        {
            ordered.Add(type);
            AddReferences(type, seen, ordered);
        }

        foreach (ObjectType? root in new[] { query, mutation, subscription })
        {
            if (root is not null)
            {
                AddType(root, seen, ordered);
            }
        }

        foreach (DirectiveDefinition directive in directives)
        {
            foreach (InputValue argument in directive.Arguments)
            {
                AddType(argument.Type.NamedType(), seen, ordered);
            }
        }

        foreach (NamedType type in defined.Where(t => t.IsIntrospectionType))
        {
            AddType(type, seen, ordered);
        }

        return ordered;
    }

    private static void AddType(NamedType type, HashSet<NamedType> seen, List<NamedType> ordered)
    {
        if (seen.Add(type))
        {
            ordered.Add(type);
            AddReferences(type, seen, ordered);
        }
    }

    private static void AddReferences(NamedType type, HashSet<NamedType> seen, List<NamedType> ordered)
    {
        switch (type)
        {
            case IComplexOutputType complex:
                foreach (InterfaceType i in complex.Interfaces)
                {
                    AddType(i, seen, ordered);
                }

                foreach (OutputField field in complex.Fields)
                {
                    AddType(field.Type.NamedType(), seen, ordered);
                    foreach (InputValue argument in field.Arguments)
                    {
                        AddType(argument.Type.NamedType(), seen, ordered);
                    }
                }

                break;
            case UnionType union:
                foreach (ObjectType member in union.Types)
                {
                    AddType(member, seen, ordered);
                }

                break;
            case InputObjectType input:
                foreach (InputValue field in input.Fields)
                {
                    AddType(field.Type.NamedType(), seen, ordered);
                }

                break;
        }
    }
}
