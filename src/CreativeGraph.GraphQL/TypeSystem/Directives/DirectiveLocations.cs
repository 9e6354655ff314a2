using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>The names of directive locations and type kinds as SDL and introspection write them (<c>FIELD_DEFINITION</c>).</summary>
public static class DirectiveLocations
{
    private static readonly Dictionary<string, DirectiveLocation> s_byName =
        Enum.GetValues<DirectiveLocation>().ToDictionary(l => NameConventions.EnumValueName(l.ToString()), StringComparer.Ordinal);

    private static readonly string[] s_names = [.. Enum.GetValues<DirectiveLocation>().Select(l => NameConventions.EnumValueName(l.ToString()))];

    public static bool TryParse(string name, out DirectiveLocation location) => s_byName.TryGetValue(name, out location);

    /// <summary>The SDL name of a location, e.g. <c>INPUT_FIELD_DEFINITION</c>.</summary>
    public static string ToName(DirectiveLocation location) => s_names[(int)location];

    /// <summary>The lower-case word graphql-js uses for a kind in messages ("object", "input object").</summary>
    internal static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.InputObject => "input object",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The type-system location of a named type of the given kind.</summary>
    internal static DirectiveLocation ForKind(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => DirectiveLocation.Scalar,
        TypeKind.Object => DirectiveLocation.Object,
        TypeKind.Interface => DirectiveLocation.Interface,
        TypeKind.Union => DirectiveLocation.Union,
        TypeKind.Enum => DirectiveLocation.Enum,
        _ => DirectiveLocation.InputObject,
    };
}
