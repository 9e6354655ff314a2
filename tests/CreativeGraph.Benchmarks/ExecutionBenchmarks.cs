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

    private RequestExecutor _executor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _executor = new RequestExecutor(BenchmarkSchema.Create(), BenchmarkSchema.Options(), static (_, _) => []);
        ExecuteThreeFields().GetAwaiter().GetResult();
        ExecuteThreeLevelListWithDataLoader().GetAwaiter().GetResult();
    }

    [Benchmark]
    public Task<ExecutionResult> ExecuteThreeFields() => _executor.ExecuteAsync(s_threeFields);

    [Benchmark]
    public Task<ExecutionResult> ExecuteThreeLevelListWithDataLoader() => _executor.ExecuteAsync(s_threeLevels);
}
