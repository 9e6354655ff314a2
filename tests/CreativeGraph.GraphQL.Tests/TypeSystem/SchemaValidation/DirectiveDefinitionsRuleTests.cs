using static CreativeGraph.GraphQL.Tests.TypeSystem.SchemaValidation.SchemaRuleAssert;

namespace CreativeGraph.GraphQL.Tests.TypeSystem.SchemaValidation;

public sealed class DirectiveDefinitionsRuleTests
{
    [Fact]
    public void Accepts_custom_directives_with_input_arguments() => Valid(
        """
        type Query { a: String @cost(weight: 2) }
        directive @cost(weight: Int! = 1, tags: [String!]) repeatable on FIELD_DEFINITION | OBJECT
        """);

    [Fact]
    public void Rejects_a_directive_using_itself_on_its_own_argument() => Errors(
        """
        type Query { a: String }
        directive @invalidExample(arg: String @invalidExample) on ARGUMENT_DEFINITION
        """,
        "Directive @invalidExample must not reference itself, but it is used by @invalidExample(arg:). (2:12)");

    [Fact]
    public void Rejects_a_directive_referencing_itself_through_an_argument_type() => Errors(
        """
        type Query { a: String }
        directive @loop(arg: Options) on INPUT_FIELD_DEFINITION
        input Options { flag: Boolean @loop }
        """,
        "Directive @loop must not reference itself, but it is used by Options.flag. (2:12)");

    [Fact]
    public void Rejects_duplicate_or_output_typed_arguments_and_duplicate_definitions() => Errors(
        """
        type Query { a: String }
        directive @d(a: Int, a: Int, q: Query) on FIELD
        directive @d on FIELD
        """,
        "There can be only one directive named \"@d\". (3:12)",
        "Argument \"@d(a:)\" can only be defined once. (2:22)",
        "The type of @d(q:) must be Input Type but got: Query. (2:30)");
}
