using BenchmarkDotNet.Attributes;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.Benchmarks;

[MemoryDiagnoser]
public class ExecutionBenchmarks
{
    private static readonly GraphQLRequest s_threeFields = new() { Query = "{ hello count flag }" };

    private static readonly GraphQLRequest s_threeLevels = new()
    {
        Query = "{ partners { id name projects { id title organisations { id name } } } }",
    };

    private static readonly GraphQLRequest s_introspection = new() { Query = IntrospectionQuery.Text };

    private RequestExecutor _executor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _executor = new RequestExecutor(BenchmarkSchema.Create(), BenchmarkSchema.Options());
        foreach (GraphQLRequest request in new[] { s_introspection, s_threeFields, s_threeLevels })
        {
            ExecutionResult result = _executor.ExecuteAsync(request).GetAwaiter().GetResult();
            if (result.Errors.Count > 0 || !result.HasData)
            {
                throw new InvalidOperationException(ResultWriter.ToJson(result));
            }
        }
    }

    // Each request ends as a server's does: the result is disposed once written, returning its result maps.
    [Benchmark]
    public Task ExecuteIntrospection() => ExecuteAndDisposeAsync(s_introspection);

    // The same request when the caller keeps (never disposes) the result: every result map is new.
    [Benchmark]
    public Task<ExecutionResult> ExecuteIntrospectionUndisposed() => _executor.ExecuteAsync(s_introspection);

    [Benchmark]
    public Task ExecuteThreeFields() => ExecuteAndDisposeAsync(s_threeFields);

    [Benchmark]
    public Task ExecuteThreeLevelListWithDataLoader() => ExecuteAndDisposeAsync(s_threeLevels);

    private async Task ExecuteAndDisposeAsync(GraphQLRequest request)
    {
        using ExecutionResult result = await _executor.ExecuteAsync(request).ConfigureAwait(false);
    }
}
