using static CreativeGraph.GraphQL.Tests.TypeSystem.SchemaValidation.SchemaRuleAssert;

namespace CreativeGraph.GraphQL.Tests.TypeSystem.SchemaValidation;

public sealed class InputObjectCircularReferencesRuleTests
{
    [Fact]
    public void Accepts_cycles_broken_by_a_nullable_or_list_field() => Valid(
        """
        type Query { a(x: Example, y: Listed): String }
        input Example { self: Example value: String }
        input Listed { self: [Listed!]! value: String }
        """);

    [Fact]
    public void Rejects_a_direct_non_null_self_reference() => Errors(
        """
        type Query { a(x: Example): String }
        input Example { value: String self: Example! }
        """,
        "Cannot reference Input Object \"Example\" within itself through a series of non-null fields: \"self\". (2:31)");

    [Fact]
    public void Rejects_an_indirect_non_null_cycle() => Errors(
        """
        type Query { a(x: First): String }
        input First { second: Second! value: String }
        input Second { first: First! value: String }
        """,
        "Cannot reference Input Object \"First\" within itself through a series of non-null fields: \"second.first\". (2:15)");
}
