using static CreativeGraph.GraphQL.Tests.TypeSystem.SchemaValidation.SchemaRuleAssert;

namespace CreativeGraph.GraphQL.Tests.TypeSystem.SchemaValidation;

public sealed class ObjectAndInterfaceFieldsRuleTests
{
    [Fact]
    public void Accepts_fields_with_output_types_and_valid_arguments() => Valid(
        """
        type Query { a(x: Int = 1, y: [String!] = ["a"], z: Int! = 2 @deprecated): Node }
        interface Node { id: ID! }
        """);

    [Fact]
    public void Rejects_a_type_without_fields() => Errors(
        """
        type Query { a: Empty }
        type Empty
        interface Nothing
        """,
        "Type Empty must define one or more fields. (2:6)",
        "Type Nothing must define one or more fields. (3:11)");

    [Fact]
    public void Rejects_fields_defined_twice() => Errors(
        "type Query { a: String a: Int }",
        "Field \"Query.a\" can only be defined once. (1:24)");

    [Fact]
    public void Rejects_an_input_object_as_a_field_type() => Errors(
        """
        type Query { a: In }
        input In { x: Int }
        """,
        "The type of Query.a must be Output Type but got: In. (1:14)");

    [Fact]
    public void Rejects_arguments_that_are_duplicated_or_not_input_types() => Errors(
        "type Query { a(x: Int, x: Int, y: Query): String }",
        "Argument \"Query.a(x:)\" can only be defined once. (1:24)",
        "The type of Query.a(y:) must be Input Type but got: Query. (1:32)");

    [Fact]
    public void Rejects_a_deprecated_required_argument() => Errors(
        "type Query { a(x: Int! @deprecated): String }",
        "Required argument Query.a(x:) cannot be deprecated. (1:16)");

    [Fact]
    public void Rejects_a_default_value_of_the_wrong_type() => Errors(
        "type Query { a(x: Int = \"one\", y: [Int!] = [1, null], z: Int! = null): String }",
        "The default value of Query.a(x:) is invalid: Expected value of type \"Int\", found \"one\". (1:16)",
        "The default value of Query.a(y:) is invalid: Expected value of non-null type \"Int!\" not to be null. (1:32)",
        "The default value of Query.a(z:) is invalid: Expected value of non-null type \"Int!\" not to be null. (1:55)");
}
