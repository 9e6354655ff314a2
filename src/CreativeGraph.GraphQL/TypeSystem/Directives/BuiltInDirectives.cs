using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// The built-in directives (spec #sec-Type-System.Directives.Built-in-Directives, Appendix D):
/// <c>@include</c>, <c>@skip</c>, <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c>. Every schema has them.
/// </summary>
public static class BuiltInDirectives
{
    public const string Include = "include";
    public const string Skip = "skip";
    public const string Deprecated = "deprecated";
    public const string SpecifiedBy = "specifiedBy";
    public const string OneOf = "oneOf";

    /// <summary>The reason <c>@deprecated</c> gives when none is written (spec #sec--deprecated).</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public static bool IsBuiltIn(string name) => name is Include or Skip or Deprecated or SpecifiedBy or OneOf;

    internal static IEnumerable<DirectiveDefinitionConfig> CreateConfigs()
    {
        DirectiveLocation[] conditional = [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment];

        yield return Create(Include, "Includes this field or fragment only when the `if` argument is true.", conditional, ("if", "Boolean!", "Included when true.", null));
        yield return Create(Skip, "Skips this field or fragment when the `if` argument is true.", conditional, ("if", "Boolean!", "Skipped when true.", null));
        yield return Create(
            Deprecated,
            "Marks an element of the schema as no longer supported.",
            [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
            ("reason", "String!", "Why the element is deprecated and what to use instead, formatted in Markdown (CommonMark).", new StringValueNode { Value = DefaultDeprecationReason }));
        yield return Create(SpecifiedBy, "Links to the specification of a custom scalar's format and coercion rules.", [DirectiveLocation.Scalar], ("url", "String!", "The URL of the scalar's specification.", null));
        yield return Create(OneOf, "Requires exactly one field of an input object to be given, with a non-null value.", [DirectiveLocation.InputObject]);
    }

    /// <summary>A directive definition config from its name, description, locations and (name, type, description, default) arguments.</summary>
    internal static DirectiveDefinitionConfig Create(
        string name,
        string description,
        DirectiveLocation[] locations,
        params (string Name, string Type, string Description, ValueNode? Default)[] arguments)
    {
        DirectiveDefinitionConfig config = new(name) { Description = description };
        config.Locations.AddRange(locations);
        foreach ((string argName, string type, string argDescription, ValueNode? defaultValue) in arguments)
        {
            config.Arguments.Add(new InputValueConfig(argName)
            {
                Type = TypeReferences.Parse(type),
                Description = argDescription,
                DefaultLiteral = defaultValue,
                HasDefaultValue = defaultValue is not null,
            });
        }

        return config;
    }
}
