using static CreativeGraph.GraphQL.Tests.TypeSystem.SchemaValidation.SchemaRuleAssert;

namespace CreativeGraph.GraphQL.Tests.TypeSystem.SchemaValidation;

public sealed class RootOperationTypesRuleTests
{
    [Fact]
    public void Accepts_object_root_types_with_default_or_declared_names() => Valid(
        """
        schema { query: Root mutation: Change }
        type Root { a: String }
        type Change { b: String }
        """);

    [Fact]
    public void Rejects_a_schema_without_a_query_type() => Errors(
        "type Mutation { a: String }",
        "Query root type must be provided.");

    [Fact]
    public void Rejects_a_root_type_that_is_not_an_object_type() => Errors(
        """
        schema { query: Query mutation: Input }
        type Query { a: String }
        input Input { a: String }
        """,
        "Mutation root type must be Object type, it cannot be Input. (3:7)");

    [Fact]
    public void Rejects_one_type_used_for_two_operations() => Errors(
        """
        schema { query: Query mutation: Query }
        type Query { a: String }
        """,
        "All root types must be different, \"Query\" type is used as query and mutation root types. (2:6)");

    [Fact]
    public void Rejects_an_unknown_root_type() => Errors(
        """
        schema { query: Query subscription: Events }
        type Query { a: String }
        """,
        "Unknown type \"Events\". (1:37)");
}
