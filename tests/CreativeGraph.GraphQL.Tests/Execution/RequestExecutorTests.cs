using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;
using static CreativeGraph.GraphQL.Tests.Execution.Support.TestSchema;
using S = CreativeGraph.GraphQL.TypeSystem.BuiltInScalars;

namespace CreativeGraph.GraphQL.Tests.Execution;

public sealed class RequestExecutorTests
{
    private static Schema CreateSchema(List<string>? log = null)
    {
        ObjectType query = Object(
            "Query",
            Field("a", S.Int, _ => 1),
            Field("slow", S.String, (FieldResolver)(async c =>
            {
                await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted);
                return "late";
            })));
        ObjectType mutation = Object(
            "Mutation",
            Field("first", S.String, (FieldResolver)(async _ =>
            {
                log!.Add("first started");
                await Task.Delay(50);
                log.Add("first done");
                return "1";
            })),
            Field("second", S.String, (FieldResolver)(_ =>
            {
                log!.Add("second started");
                return new ValueTask<object?>("2");
            })));
        return Create(query, mutation);
    }

    [Fact]
    public async Task Requires_an_operation_name_when_the_document_has_several()
    {
        ExecutionResult result = await Executor(CreateSchema()).ExecuteAsync(new GraphQLRequest { Query = "query A { a } query B { a }" });

        Assert.Equal(RequestErrorKind.OperationSelection, result.ErrorKind);
        Assert.Equal(
            """{"errors":[{"message":"Must provide operation name if query contains multiple operations.","extensions":{"code":"HC0090"}}]}""",
            ResultWriter.ToJson(result));
    }

    [Fact]
    public async Task Selects_the_named_operation_and_reports_an_unknown_one()
    {
        RequestExecutor executor = Executor(CreateSchema());

        ExecutionResult named = await executor.ExecuteAsync(new GraphQLRequest { Query = "query A { x: a } query B { y: a }", OperationName = "B" });
        ExecutionResult unknown = await executor.ExecuteAsync(new GraphQLRequest { Query = "query A { x: a }", OperationName = "C" });

        Assert.Equal("""{"data":{"y":1}}""", ResultWriter.ToJson(named));
        Assert.Equal(RequestErrorKind.OperationSelection, unknown.ErrorKind);
        Assert.Equal("Unknown operation named \"C\".", Assert.Single(unknown.Errors).Message);
    }

    [Fact]
    public async Task Refuses_a_mutation_when_only_queries_are_allowed()
    {
        ExecutionResult result = await Executor(CreateSchema()).ExecuteAsync(
            new GraphQLRequest { Query = "mutation { second }", AllowedOperations = AllowedOperations.Query });

        Assert.Equal(RequestErrorKind.OperationNotAllowed, result.ErrorKind);
        Assert.Equal("The operation type `mutation` is not allowed for this request.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Executes_mutation_fields_serially_in_document_order()
    {
        List<string> log = [];

        string json = await Executor(CreateSchema(log)).RunAsync("mutation { first second again: first }");

        Assert.Equal("""{"data":{"first":"1","second":"2","again":"1"}}""", json);
        Assert.Equal(["first started", "first done", "second started", "first started", "first done"], log);
    }

    [Fact]
    public async Task Reports_a_missing_query_as_HC0013()
    {
        ExecutionResult missing = await Executor(CreateSchema()).ExecuteAsync(new GraphQLRequest { Query = "" });

        Assert.Equal(RequestErrorKind.InvalidRequest, missing.ErrorKind);
        Assert.Equal(
            """{"errors":[{"message":"The GraphQL request does not contain a query document.","extensions":{"code":"HC0013"}}]}""",
            ResultWriter.ToJson(missing));
    }

    [Fact]
    public async Task Ends_a_request_that_exceeds_the_timeout_with_HC0045()
    {
        RequestExecutor executor = Executor(CreateSchema(), new RequestExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) });

        ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a slow }" });

        Assert.Equal(
            """{"errors":[{"message":"The request exceeded the configured timeout of `00:00:00.1000000`.","extensions":{"code":"HC0045"}}]}""",
            ResultWriter.ToJson(result));
    }

    [Fact]
    public async Task Turns_caller_cancellation_into_a_result()
    {
        using CancellationTokenSource cts = new(TimeSpan.FromMilliseconds(50));

        ExecutionResult result = await Executor(CreateSchema()).ExecuteAsync(new GraphQLRequest { Query = "{ slow }" }, cts.Token);

        Assert.Equal("HC0049", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Caches_documents_and_syntax_errors_within_the_configured_size()
    {
        RequestExecutor executor = Executor(CreateSchema(), new RequestExecutorOptions { DocumentCacheSize = 2 });

        await executor.RunAsync("{ a }");
        await executor.RunAsync("{ a }");
        ExecutionResult bad = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a" });
        await executor.RunAsync("{ b: a }");

        Assert.Equal(RequestErrorKind.Syntax, bad.ErrorKind);
        Assert.Equal(2, executor.CachedDocumentCount);
    }

    [Fact]
    public async Task Rejects_introspection_when_disabled()
    {
        ObjectType query = Object("Query", Field("a", S.Int, _ => 1), Field("__schema", S.String, _ => "schema"));
        RequestExecutor executor = Executor(Create(query), new RequestExecutorOptions { EnableIntrospection = false });

        ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a __schema }" });

        Assert.Equal(RequestErrorKind.LimitExceeded, result.ErrorKind);
        Assert.Equal(
            """{"errors":[{"message":"Introspection is not allowed for the current request.","extensions":{"code":"HC0046"}}]}""",
            ResultWriter.ToJson(result));
    }
}
