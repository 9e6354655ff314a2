namespace CreativeGraph.GraphQL.Language;

/// <summary>The spelling of <see cref="DirectiveLocation"/> in source (#sec-Type-System.Directives): `FIELD_DEFINITION` …</summary>
public static class DirectiveLocations
{
    private static readonly Dictionary<string, DirectiveLocation> s_byName = Enum.GetValues<DirectiveLocation>()
        .ToDictionary(ToName, location => location, StringComparer.Ordinal);

    /// <summary>The source name of a location, e.g. <c>INLINE_FRAGMENT</c>.</summary>
    public static string ToName(DirectiveLocation location) => location switch
    {
        DirectiveLocation.Query => "QUERY",
        DirectiveLocation.Mutation => "MUTATION",
        DirectiveLocation.Subscription => "SUBSCRIPTION",
        DirectiveLocation.Field => "FIELD",
        DirectiveLocation.FragmentDefinition => "FRAGMENT_DEFINITION",
        DirectiveLocation.FragmentSpread => "FRAGMENT_SPREAD",
        DirectiveLocation.InlineFragment => "INLINE_FRAGMENT",
        DirectiveLocation.VariableDefinition => "VARIABLE_DEFINITION",
        DirectiveLocation.Schema => "SCHEMA",
        DirectiveLocation.Scalar => "SCALAR",
        DirectiveLocation.Object => "OBJECT",
        DirectiveLocation.FieldDefinition => "FIELD_DEFINITION",
        DirectiveLocation.ArgumentDefinition => "ARGUMENT_DEFINITION",
        DirectiveLocation.Interface => "INTERFACE",
        DirectiveLocation.Union => "UNION",
        DirectiveLocation.Enum => "ENUM",
        DirectiveLocation.EnumValue => "ENUM_VALUE",
        DirectiveLocation.InputObject => "INPUT_OBJECT",
        _ => "INPUT_FIELD_DEFINITION",
    };

    /// <summary>Reads a location from its source name; false for anything else.</summary>
    public static bool TryParse(string name, out DirectiveLocation location) => s_byName.TryGetValue(name, out location);
}
