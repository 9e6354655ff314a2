namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>An object or interface type: a named type with fields and implemented interfaces.</summary>
public interface IComplexOutputType
{
    string Name { get; }

    TypeKind Kind { get; }

    FieldCollection<OutputField> Fields { get; }

    IReadOnlyList<InterfaceType> Interfaces { get; }
}
