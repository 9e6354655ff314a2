namespace CreativeGraph.GraphQL.Tests.TypeSystem.SchemaValidation;

public sealed class InputObjectDefaultValueCycleRuleTests
{
    [Fact]
    public void Accepts_defaults_that_end() => SchemaRuleAssert.Valid(
        """
        type Query { a(x: A): String }
        input A { b: B = {} c: [A] = [] }
        input B { x: Int = 1 a: A = {b: {x: 2, a: null}, c: []} }
        """);

    [Fact]
    public void Rejects_defaults_that_refer_to_each_other_in_a_cycle() => SchemaRuleAssert.Errors(
        """
        type Query { a(x: A): String }
        input A { b: B = {} }
        input B { a: A = {} }
        """,
        "Invalid circular reference. The default value of Input Object field A.b references itself. (2:11)");

    [Fact]
    public void Rejects_a_self_referring_default_inside_a_list() => SchemaRuleAssert.Errors(
        """
        type Query { a(x: A): String }
        input A { list: [A] = [{}] }
        """,
        "Invalid circular reference. The default value of Input Object field A.list references itself. (2:11)");
}
