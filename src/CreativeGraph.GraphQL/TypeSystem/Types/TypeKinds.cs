using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>How messages and directive locations name the kinds of named types.</summary>
internal static class TypeKinds
{
    /// <summary>The lower-case word graphql-js uses for a kind in messages ("object", "input object").</summary>
    public static string DisplayName(TypeKind kind) => kind switch
    {
        TypeKind.InputObject => "input object",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The type-system directive location of a named type of the given kind.</summary>
    public static DirectiveLocation DirectiveLocation(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => Language.DirectiveLocation.Scalar,
        TypeKind.Object => Language.DirectiveLocation.Object,
        TypeKind.Interface => Language.DirectiveLocation.Interface,
        TypeKind.Union => Language.DirectiveLocation.Union,
        TypeKind.Enum => Language.DirectiveLocation.Enum,
        _ => Language.DirectiveLocation.InputObject,
    };
}
