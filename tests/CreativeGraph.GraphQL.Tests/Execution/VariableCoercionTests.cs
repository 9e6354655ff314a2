using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;
using static CreativeGraph.GraphQL.Tests.Execution.Support.TestSchema;
using S = CreativeGraph.GraphQL.TypeSystem.BuiltInScalars;

namespace CreativeGraph.GraphQL.Tests.Execution;

/// <summary>Spec #sec-Coercing-Variable-Values, #sec-List.Input-Coercion, #sec-Input-Objects, #sec-OneOf-Input-Objects.</summary>
public sealed class VariableCoercionTests
{
    private static readonly InputObjectType s_point = InputObject(
        "Point",
        false,
        Argument("x", NonNull(S.Int)),
        Argument("y", S.Int, new IntValueNode { Value = "7" }));

    private static readonly InputObjectType s_by = InputObject("By", true, Argument("id", S.ID), Argument("name", S.String));

    private static readonly RequestExecutor s_executor = Executor(Create(Object(
        "Query",
        Field("ints", S.String, c => Print(c, "v"), Argument("v", ListOf(S.Int))),
        Field("nested", S.String, c => Print(c, "v"), Argument("v", ListOf(ListOf(S.Int)))),
        Field("required", S.String, c => Print(c, "v"), Argument("v", NonNull(S.Int))),
        Field("point", S.String, c => Print(c, "v"), Argument("v", s_point)),
        Field("by", S.String, c => Print(c, "v"), Argument("v", s_by)))));

    public static TheoryData<string, string, object?, string> ListCoercion => new()
    {
        // Spec #sec-List.Input-Coercion table: expected type, literal, variable value, coerced value.
        { "[Int]", "[1, 2, 3]", new object[] { 1, 2, 3 }, "[1, 2, 3]" },
        { "[Int]", "1", 1, "[1]" },
        { "[Int]", "null", null, "null" },
        { "[[Int]]", "[[1], [2, 3]]", new object[] { new object[] { 1 }, new object[] { 2, 3 } }, "[[1], [2, 3]]" },
        { "[[Int]]", "[1, 2, 3]", new object[] { 1, 2, 3 }, "[[1], [2], [3]]" },
        { "[[Int]]", "[1, null, 3]", new object?[] { 1, null, 3 }, "[[1], null, [3]]" },
        { "[[Int]]", "1", 1, "[[1]]" },
        { "[[Int]]", "null", null, "null" },
    };

    [Theory]
    [MemberData(nameof(ListCoercion))]
    public async Task Coerces_lists_as_the_spec_table_says(string type, string literal, object? variable, string coerced)
    {
        string field = type == "[Int]" ? "ints" : "nested";

        string fromLiteral = await s_executor.RunAsync($"{{ {field}(v: {literal}) }}");
        string fromVariable = await s_executor.RunAsync(
            $"query Q($v: {type}) {{ {field}(v: $v) }}",
            new Dictionary<string, object?> { ["v"] = variable });

        string expected = $$$"""{"data":{"{{{field}}}":"{{{coerced}}}"}}""";
        Assert.Equal(expected, fromLiteral);
        Assert.Equal(expected, fromVariable);
    }

    [Fact]
    public async Task Rejects_an_incorrect_list_item_with_its_path()
    {
        string json = await s_executor.RunAsync(
            "query Q($v: [[Int]]) { nested(v: $v) }",
            new Dictionary<string, object?> { ["v"] = new object[] { new object[] { 1 }, new object[] { "b" } } });

        Assert.Equal(
            """{"errors":[{"message":"Variable \"$v\" got invalid value \"b\" at \"v[1][0]\"; Int cannot represent non-integer value: \"b\"","locations":[{"line":1,"column":9}],"extensions":{"code":"HC0016"}}]}""",
            json);
    }

    [Fact]
    public async Task Reports_a_missing_required_variable()
    {
        ExecutionResult result = await s_executor.ExecuteAsync(new GraphQLRequest { Query = "query Q($x: Int!) { required(v: $x) }" });

        Assert.Equal(RequestErrorKind.VariableCoercion, result.ErrorKind);
        Assert.False(result.HasData);
        Assert.Equal("Variable \"$x\" of required type \"Int!\" was not provided.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Reports_null_for_a_non_null_variable_and_a_wrong_scalar()
    {
        string nullJson = await s_executor.RunAsync("query Q($x: Int!) { required(v: $x) }", new Dictionary<string, object?> { ["x"] = null });
        string wrongJson = await s_executor.RunAsync("query Q($x: Int!) { required(v: $x) }", new Dictionary<string, object?> { ["x"] = "abc" });

        Assert.Contains("\"message\":\"Variable \\\"$x\\\" of non-null type \\\"Int!\\\" must not be null.\"", nullJson);
        Assert.Contains("\"message\":\"Variable \\\"$x\\\" got invalid value \\\"abc\\\"; Int cannot represent non-integer value: \\\"abc\\\"\"", wrongJson);
    }

    [Fact]
    public async Task Uses_the_variable_default_only_when_no_value_is_given()
    {
        Assert.Equal("""{"data":{"required":"5"}}""", await s_executor.RunAsync("query Q($x: Int! = 5) { required(v: $x) }"));
        Assert.Equal(
            """{"data":{"required":"6"}}""",
            await s_executor.RunAsync("query Q($x: Int! = 5) { required(v: $x) }", new Dictionary<string, object?> { ["x"] = 6 }));
    }

    [Fact]
    public async Task Coerces_input_objects_with_field_defaults_and_rejects_unknown_fields()
    {
        Dictionary<string, object?> point = new() { ["x"] = 1 };
        Dictionary<string, object?> unknown = new() { ["x"] = 1, ["z"] = 2 };
        Dictionary<string, object?> missing = new() { ["y"] = 2 };

        Assert.Equal("""{"data":{"point":"{ x: 1, y: 7 }"}}""", await s_executor.RunAsync("query Q($p: Point) { point(v: $p) }", new Dictionary<string, object?> { ["p"] = point }));
        Assert.Equal("""{"data":{"point":"{ x: 2, y: 3 }"}}""", await s_executor.RunAsync("{ point(v: { x: 2, y: 3 }) }"));
        Assert.Contains(
            "Variable \\\"$p\\\" got invalid value { x: 1, z: 2 }; Field \\\"z\\\" is not defined by type \\\"Point\\\".",
            await s_executor.RunAsync("query Q($p: Point) { point(v: $p) }", new Dictionary<string, object?> { ["p"] = unknown }));
        Assert.Contains(
            "Variable \\\"$p\\\" got invalid value { y: 2 }; Field \\\"Point.x\\\" of required type \\\"Int!\\\" was not provided.",
            await s_executor.RunAsync("query Q($p: Point) { point(v: $p) }", new Dictionary<string, object?> { ["p"] = missing }));
    }

    [Fact]
    public async Task Input_object_fields_keep_the_order_the_request_wrote_them_in_with_defaults_last()
    {
        Dictionary<string, object?> written = new() { ["y"] = 4, ["x"] = 3 };
        Dictionary<string, object?> partial = new() { ["x"] = 3 };

        Assert.Equal("""{"data":{"point":"{ y: 3, x: 2 }"}}""", await s_executor.RunAsync("{ point(v: { y: 3, x: 2 }) }"));
        Assert.Equal("""{"data":{"point":"{ y: 4, x: 3 }"}}""", await s_executor.RunAsync("query Q($p: Point) { point(v: $p) }", new Dictionary<string, object?> { ["p"] = written }));
        Assert.Equal("""{"data":{"point":"{ x: 3, y: 7 }"}}""", await s_executor.RunAsync("query Q($p: Point) { point(v: $p) }", new Dictionary<string, object?> { ["p"] = partial }));
        Assert.Equal("""{"data":{"point":"{ y: 5, x: 1 }"}}""", await s_executor.RunAsync("query Q($y: Int) { point(v: { y: $y, x: 1 }) }", new Dictionary<string, object?> { ["y"] = 5 }));
    }

    [Fact]
    public async Task OneOf_input_objects_need_exactly_one_non_null_field()
    {
        Assert.Equal(
            """{"data":{"by":"{ id: \"1\" }"}}""",
            await s_executor.RunAsync("query Q($b: By) { by(v: $b) }", new Dictionary<string, object?> { ["b"] = new Dictionary<string, object?> { ["id"] = "1" } }));
        Assert.Contains(
            "Exactly one key must be specified for OneOf type \\\"By\\\".",
            await s_executor.RunAsync("query Q($b: By) { by(v: $b) }", new Dictionary<string, object?> { ["b"] = new Dictionary<string, object?> { ["id"] = "1", ["name"] = "x" } }));
        Assert.Contains(
            "Field \\\"By.id\\\" must be non-null.",
            await s_executor.RunAsync("query Q($b: By) { by(v: $b) }", new Dictionary<string, object?> { ["b"] = new Dictionary<string, object?> { ["id"] = null } }));
    }

    [Fact]
    public async Task Reads_json_element_variables()
    {
        using System.Text.Json.JsonDocument json = System.Text.Json.JsonDocument.Parse("""{"v":[[1],[2,3]]}""");
        Dictionary<string, object?> variables = new() { ["v"] = json.RootElement.GetProperty("v") };

        Assert.Equal("""{"data":{"nested":"[[1], [2, 3]]"}}""", await s_executor.RunAsync("query Q($v: [[Int]]) { nested(v: $v) }", variables));

        using System.Text.Json.JsonDocument nullJson = System.Text.Json.JsonDocument.Parse("null");
        Assert.Contains(
            "Variable \\\"$x\\\" of non-null type \\\"Int!\\\" must not be null.",
            await s_executor.RunAsync("query Q($x: Int!) { required(v: $x) }", new Dictionary<string, object?> { ["x"] = nullJson.RootElement }));
    }

    private static string Print(IResolverContext context, string name) =>
        ValueCoercion.PrintValue(context.Arguments.GetValueOrDefault(name));
}
