namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>Structural comparisons of types (List and Non-Null wrappers are compared by shape).</summary>
public static class TypeComparison
{
    /// <summary>True when both types are the same named type under the same wrappers.</summary>
    public static bool AreEqual(IType a, IType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => AreEqual(x.OfType, y.OfType),
        (ListType x, ListType y) => AreEqual(x.OfType, y.OfType),
        (NamedType x, NamedType y) => ReferenceEquals(x, y),
        _ => false,
    };

    /// <summary>Spec IsValidImplementationFieldType: the field type is equal to or a covariant sub-type of the interface field's.</summary>
    public static bool IsValidImplementationFieldType(IType fieldType, IType implementedFieldType)
    {
        if (fieldType is NonNullType nonNull)
        {
            return IsValidImplementationFieldType(nonNull.OfType, implementedFieldType.NullableType());
        }

        if (fieldType is ListType list && implementedFieldType is ListType implementedList)
        {
            return IsValidImplementationFieldType(list.OfType, implementedList.OfType);
        }

        return fieldType is NamedType named && implementedFieldType is NamedType implemented && IsSubType(named, implemented);
    }

    /// <summary>Spec IsSubType: the same type, an object member of a union, or a declared implementation of an interface.</summary>
    public static bool IsSubType(NamedType possibleSubType, NamedType superType) => (possibleSubType, superType) switch
    {
        _ when ReferenceEquals(possibleSubType, superType) => true,
        (ObjectType o, UnionType u) => u.Types.Contains(o),
        (IComplexOutputType c, InterfaceType i) => c.Interfaces.Contains(i),
        _ => false,
    };
}
