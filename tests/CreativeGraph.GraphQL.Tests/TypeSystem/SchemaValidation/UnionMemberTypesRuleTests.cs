using static CreativeGraph.GraphQL.Tests.TypeSystem.SchemaValidation.SchemaRuleAssert;

namespace CreativeGraph.GraphQL.Tests.TypeSystem.SchemaValidation;

public sealed class UnionMemberTypesRuleTests
{
    [Fact]
    public void Accepts_unique_object_members() => Valid(
        """
        type Query { a: AB }
        type A { a: Int }
        type B { b: Int }
        union AB = A | B
        """);

    [Fact]
    public void Rejects_an_empty_union() => Errors(
        """
        type Query { a: U }
        union U
        """,
        "Union type U must define one or more member types. (2:7)");

    [Fact]
    public void Rejects_duplicate_and_non_object_members() => Errors(
        """
        type Query { a: U }
        type A { a: Int }
        interface I { a: Int }
        union U = A | A | I | String
        """,
        "Union type U can only include Object types, it cannot include I. (4:19)",
        "Union type U can only include Object types, it cannot include String. (4:23)",
        "Union type U can only include type A once. (4:7)");
}
