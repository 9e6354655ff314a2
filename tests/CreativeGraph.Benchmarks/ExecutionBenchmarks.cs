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

    [Benchmark]
    public Task<ExecutionResult> ExecuteIntrospection() => _executor.ExecuteAsync(s_introspection);

    [Benchmark]
    public Task<ExecutionResult> ExecuteThreeFields() => _executor.ExecuteAsync(s_threeFields);

    [Benchmark]
    public Task<ExecutionResult> ExecuteThreeLevelListWithDataLoader() => _executor.ExecuteAsync(s_threeLevels);
}
