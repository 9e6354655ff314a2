using CreativeGraph.GraphQL.TypeSystem;
using static CreativeGraph.GraphQL.Tests.TypeSystem.SchemaValidation.SchemaRuleAssert;

namespace CreativeGraph.GraphQL.Tests.TypeSystem.SchemaValidation;

public sealed class EnumValuesRuleTests
{
    [Fact]
    public void Accepts_unique_values() => Valid(
        """
        type Query { a: E }
        enum E { A B }
        """);

    [Fact]
    public void Rejects_an_enum_without_values_and_duplicate_values() => Errors(
        """
        type Query { a: E b: F }
        enum E
        enum F { A A }
        """,
        "Enum type E must define one or more values. (2:6)",
        "Enum value \"F.A\" can only be defined once. (3:12)");

    [Fact]
    public void Rejects_values_named_true_false_or_null_defined_in_code()
    {
        SchemaException error = Assert.Throws<SchemaException>(() => new SchemaBuilder()
            .AddQueryType("Query", t => t.Field("a").Type("E"))
            .AddEnumType("E", t => t.Value("null"))
            .Build());

        Assert.Equal("Enum type E cannot include value: null.", Assert.Single(error.Errors).Message);
    }
}
