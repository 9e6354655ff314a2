using static CreativeGraph.GraphQL.Tests.TypeSystem.SchemaValidation.SchemaRuleAssert;

namespace CreativeGraph.GraphQL.Tests.TypeSystem.SchemaValidation;

public sealed class InputObjectFieldsRuleTests
{
    [Fact]
    public void Accepts_input_fields_and_a_valid_oneOf_input() => Valid(
        """
        type Query { a(i: I, o: O): String }
        input I { a: Int = 1 b: [String!]! c: E = X d: I }
        input O @oneOf { a: Int b: String }
        enum E { X }
        """);

    [Fact]
    public void Rejects_an_input_object_without_fields_and_duplicate_fields() => Errors(
        """
        type Query { a(i: I, j: J): String }
        input I
        input J { a: Int a: Int }
        """,
        "Input Object type I must define one or more fields. (2:7)",
        "Input field \"J.a\" can only be defined once. (3:18)");

    [Fact]
    public void Rejects_output_types_and_deprecated_required_fields() => Errors(
        """
        type Query { a(i: I): String }
        input I { q: Query r: Int! @deprecated s: Int! = 1 @deprecated }
        """,
        "The type of I.q must be Input Type but got: Query. (2:11)",
        "Required input field I.r cannot be deprecated. (2:20)");

    [Fact]
    public void Rejects_non_null_fields_and_defaults_in_a_oneOf_input() => Errors(
        """
        type Query { a(i: I): String }
        input I @oneOf { a: Int! b: Int = 1 }
        """,
        "OneOf input field I.a must be nullable. (2:18)",
        "OneOf input field I.b cannot have a default value. (2:26)");

    [Fact]
    public void Rejects_an_invalid_default_value() => Errors(
        """
        type Query { a(i: I): String }
        input I { a: Int = 1.5 b: J = {} }
        input J { x: Int! }
        """,
        "The default value of I.a is invalid: Expected value of type \"Int\", found 1.5. (2:11)",
        "The default value of I.b is invalid: Field \"J.x\" of required type \"Int!\" was not provided. (2:24)");

    [Fact]
    public void Rejects_oneOf_on_an_input_extension() => Errors(
        """
        type Query { a(i: I): String }
        input I { a: Int }
        extend input I @oneOf
        """,
        "The @oneOf directive cannot be provided by an extension of \"I\". (3:14)");
}
