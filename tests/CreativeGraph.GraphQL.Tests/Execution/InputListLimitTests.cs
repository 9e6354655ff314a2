using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;
using static CreativeGraph.GraphQL.Tests.Execution.Support.TestSchema;
using S = CreativeGraph.GraphQL.TypeSystem.BuiltInScalars;

namespace CreativeGraph.GraphQL.Tests.Execution;

/// <summary>MaxInputListLength bounds every input list, written or sent, at any depth, before any resolver runs (HC0097).</summary>
public sealed class InputListLimitTests
{
    private static int s_resolved;

    private static Schema CreateSchema()
    {
        InputObjectType group = InputObject("Group", false, Argument("in", ListOf(S.String)));
        InputObjectType filter = InputObject("Filter", false, Argument("in", ListOf(S.String)), Argument("any", ListOf(NonNull(group))));
        ObjectType query = Object(
            "Query",
            Field(
                "count",
                S.Int,
                c =>
                {
                    Interlocked.Increment(ref s_resolved);
                    return c.ArgumentValue<object?[]>("ids")?.Length ?? 0;
                },
                Argument("ids", ListOf(S.Int)),
                Argument("filter", filter),
                Argument("matrix", ListOf(ListOf(S.Int)))));
        return Create(query, null, group, filter);
    }

    private static RequestExecutor Executor(int? max = 3) =>
        Support.TestSchema.Executor(CreateSchema(), new RequestExecutorOptions { MaxInputListLength = max });

    [Fact]
    public async Task Accepts_lists_up_to_the_limit()
    {
        string json = await Executor().RunAsync("""{ count(ids: [1, 2, 3], filter: { in: ["a", "b", "c"], any: [{ in: ["d"] }] }) }""");

        Assert.Equal("""{"data":{"count":3}}""", json);
    }

    [Fact]
    public async Task Refuses_a_longer_list_literal_before_execution()
    {
        int before = Volatile.Read(ref s_resolved);

        ExecutionResult result = await Executor().ExecuteAsync(new GraphQLRequest { Query = "{ count(ids: [1, 2, 3, 4]) }" });

        Assert.Equal(RequestErrorKind.LimitExceeded, result.ErrorKind);
        Assert.Equal(
            """{"errors":[{"message":"The list in the document has 4 elements, more than the 3 allowed in one input list (MaxInputListLength).","locations":[{"line":1,"column":14}],"extensions":{"code":"HC0097","maxInputListLength":3}}]}""",
            ResultWriter.ToJson(result));
        Assert.Equal(before, Volatile.Read(ref s_resolved));
    }

    [Fact]
    public async Task Refuses_a_longer_list_literal_nested_in_input_objects()
    {
        ExecutionResult result = await Executor().ExecuteAsync(new GraphQLRequest
        {
            Query = """{ count(filter: { any: [{ in: ["a"] }, { in: ["a", "b", "c", "d", "e"] }] }) }""",
        });

        GraphQLError error = Assert.Single(result.Errors);
        Assert.Equal("HC0097", error.Code);
        Assert.Equal("The list in the document has 5 elements, more than the 3 allowed in one input list (MaxInputListLength).", error.Message);
    }

    [Fact]
    public async Task Refuses_a_longer_list_in_a_variable()
    {
        ExecutionResult result = await Executor().ExecuteAsync(new GraphQLRequest
        {
            Query = "query Q($ids: [Int]) { count(ids: $ids) }",
            Variables = new Dictionary<string, object?> { ["ids"] = new object?[] { 1, 2, 3, 4, 5, 6 } },
        });

        Assert.Equal(
            """{"errors":[{"message":"The list in variable \"$ids\" has 6 elements, more than the 3 allowed in one input list (MaxInputListLength).","locations":[{"line":1,"column":9}],"extensions":{"code":"HC0097","maxInputListLength":3}}]}""",
            ResultWriter.ToJson(result));
    }

    [Fact]
    public async Task Refuses_a_longer_list_nested_in_a_variable()
    {
        RequestExecutor executor = Executor();

        ExecutionResult inObject = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = "query Q($f: Filter) { count(filter: $f) }",
            Variables = new Dictionary<string, object?>
            {
                ["f"] = new Dictionary<string, object?> { ["any"] = new object?[] { new Dictionary<string, object?> { ["in"] = new object?[] { "a", "b", "c", "d" } } } },
            },
        });
        ExecutionResult inList = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = "query Q($m: [[Int]]) { count(matrix: $m) }",
            Variables = new Dictionary<string, object?> { ["m"] = new object?[] { new object?[] { 1 }, new object?[] { 1, 2, 3, 4 } } },
        });

        Assert.Equal("The list in variable \"$f\" has 4 elements, more than the 3 allowed in one input list (MaxInputListLength).", Assert.Single(inObject.Errors).Message);
        Assert.Equal("The list in variable \"$m\" has 4 elements, more than the 3 allowed in one input list (MaxInputListLength).", Assert.Single(inList.Errors).Message);
        Assert.Equal("HC0097", Assert.Single(inList.Errors).Code);
    }

    [Fact]
    public async Task Refuses_a_long_list_from_a_variable_given_as_JSON()
    {
        System.Text.Json.JsonElement ids = System.Text.Json.JsonDocument.Parse("[" + string.Join(',', Enumerable.Range(0, 1001)) + "]").RootElement;

        ExecutionResult result = await Executor(max: null).ExecuteAsync(new GraphQLRequest
        {
            Query = "query Q($ids: [Int]) { count(ids: $ids) }",
            Variables = new Dictionary<string, object?> { ["ids"] = ids },
        });
        ExecutionResult byDefault = await Support.TestSchema.Executor(CreateSchema()).ExecuteAsync(new GraphQLRequest
        {
            Query = "query Q($ids: [Int]) { count(ids: $ids) }",
            Variables = new Dictionary<string, object?> { ["ids"] = ids },
        });

        Assert.Equal("""{"data":{"count":1001}}""", ResultWriter.ToJson(result));
        Assert.Equal("The list in variable \"$ids\" has 1001 elements, more than the 1000 allowed in one input list (MaxInputListLength).", Assert.Single(byDefault.Errors).Message);
    }
}
