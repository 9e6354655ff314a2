using static CreativeGraph.GraphQL.Tests.TypeSystem.SchemaValidation.SchemaRuleAssert;

namespace CreativeGraph.GraphQL.Tests.TypeSystem.SchemaValidation;

public sealed class ReservedNamesRuleTests
{
    [Fact]
    public void Accepts_names_with_a_single_leading_underscore() => Valid(
        """
        type Query { _a(_b: Int): _Type }
        type _Type { a: String }
        """);

    [Fact]
    public void Rejects_names_beginning_with_two_underscores_everywhere() => Errors(
        """
        type Query { __a(__b: Int): __Type e: E i(i: I): String }
        type __Type { a: String }
        enum E { __V }
        input I { __f: Int }
        directive @__d on FIELD
        """,
        "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection. (1:14)",
        "Name \"__b\" must not begin with \"__\", which is reserved by GraphQL introspection. (1:18)",
        "Name \"__Type\" must not begin with \"__\", which is reserved by GraphQL introspection. (2:6)",
        "Name \"__V\" must not begin with \"__\", which is reserved by GraphQL introspection. (3:10)",
        "Name \"__f\" must not begin with \"__\", which is reserved by GraphQL introspection. (4:11)",
        "Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection. (5:12)");
}
