using static CreativeGraph.GraphQL.Tests.TypeSystem.SchemaValidation.SchemaRuleAssert;

namespace CreativeGraph.GraphQL.Tests.TypeSystem.SchemaValidation;

public sealed class AppliedDirectivesRuleTests
{
    [Fact]
    public void Accepts_known_directives_in_their_locations() => Valid(
        """
        type Query @tag(name: "a") @tag(name: "b") { a: String @deprecated(reason: "x") }
        directive @tag(name: String!) repeatable on OBJECT
        scalar Url @specifiedBy(url: "https://example.org")
        extend type Query { b: Url }
        """);

    [Fact]
    public void Rejects_unknown_and_misplaced_directives() => Errors(
        """
        type Query @deprecated { a: String @unknown }
        """,
        "Directive \"@deprecated\" may not be used on OBJECT. (1:12)",
        "Unknown directive \"@unknown\". (1:36)");

    [Fact]
    public void Rejects_a_non_repeatable_directive_used_twice() => Errors(
        """
        type Query { a: String @deprecated @deprecated }
        """,
        "The directive \"@deprecated\" can only be used once at this location. (1:36)");

    [Fact]
    public void Rejects_bad_directive_arguments() => Errors(
        """
        type Query @tag @tag(name: 1, other: true) { a: String }
        directive @tag(name: String!) repeatable on OBJECT
        """,
        "Directive \"@tag\" argument \"name\" of type \"String!\" is required, but it was not provided. (1:12)",
        "Directive \"@tag\" argument \"name\" has invalid value 1. (1:22)",
        "Unknown argument \"other\" on directive \"@tag\". (1:31)");
}
