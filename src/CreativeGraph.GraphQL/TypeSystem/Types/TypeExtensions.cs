namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>Helpers over wrapped types (spec #sec-Wrapping-Types).</summary>
public static class TypeExtensions
{
    /// <summary>The named type under all List and Non-Null wrappers.</summary>
    public static NamedType NamedType(this IType type)
    {
        while (true)
        {
            switch (type)
            {
                case NamedType named:
                    return named;
                case ListType list:
                    type = list.OfType;
                    break;
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    throw new InvalidOperationException($"Unknown type {type}.");
            }
        }
    }

    public static bool IsNonNull(this IType type) => type.Kind == TypeKind.NonNull;

    public static IType NullableType(this IType type) => type is NonNullType n ? n.OfType : type;

    /// <summary>Input types: scalars, enums, input objects and wrappers of them (spec #sec-Input-and-Output-Types).</summary>
    public static bool IsInputType(this IType type) =>
        type.NamedType().Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>Output types: everything but input objects (spec #sec-Input-and-Output-Types).</summary>
    public static bool IsOutputType(this IType type) => type.NamedType().Kind != TypeKind.InputObject;

    public static bool IsLeafType(this IType type) => type.NamedType().Kind is TypeKind.Scalar or TypeKind.Enum;

    public static bool IsAbstractType(this IType type) => type.Kind is TypeKind.Interface or TypeKind.Union;

    public static bool IsCompositeType(this IType type) => type.Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    /// <summary>Prints the type reference as in SDL: <c>[String!]!</c>.</summary>
    public static string Print(this IType type) => type.ToString()!;
}
