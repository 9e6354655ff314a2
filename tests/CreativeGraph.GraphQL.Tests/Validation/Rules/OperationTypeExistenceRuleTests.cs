using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class OperationTypeExistenceRuleTests() : RuleTests(new OperationTypeExistenceRule(), "sec-Operation-Type-Existence")
{
    private static readonly Schema s_helloSchema = SchemaBuilder.FromSdl("type Query { hello: String }").Build();

    private protected override Schema Schema => s_helloSchema;

    [Fact]
    public void Accepts_a_query_when_the_schema_has_a_query_type() => ExpectValid(
        """
        query helloQuery {
          hello
        }
        """);

    [Fact]
    public void Rejects_a_mutation_when_the_schema_has_no_mutation_type() => ExpectErrors(
        """
        mutation goodbyeMutation {
          goodbye
        }
        """,
        Error("The mutation operation is not supported by the schema.", (1, 1)));

    [Fact]
    public void Rejects_a_subscription_when_the_schema_has_no_subscription_type() => ExpectErrors(
        "subscription { hello }",
        Error("The subscription operation is not supported by the schema.", (1, 1)));
}
