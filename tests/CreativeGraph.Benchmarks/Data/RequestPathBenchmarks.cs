using System.Buffers;
using BenchmarkDotNet.Attributes;
using CreativeGraph.Benchmarks.Research;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using Microsoft.Extensions.DependencyInjection;

namespace CreativeGraph.Benchmarks.Data;

/// <summary>
/// The side-by-side harness's workload (its Q1, Q2, Q3 and Q5, same texts) through the executor on the generated
/// 100 000-partner graph, request services as the server gives them, result serialised and disposed as the HTTP
/// layer does: what a request costs in-process, without HTTP. <c>{ __typename }</c> is the engine's fixed cost.
/// </summary>
[MemoryDiagnoser]
public class RequestPathBenchmarks
{
    private const string Q1 = "query Q1 { projects(first: 20, order: [{ title: ASC }]) { nodes { acronym title startDate status } } }";
    private const string Q2 = "query Q2 { projects(first: 10) { nodes { acronym partners(first: 5) { nodes { name city { name region { name } } } } } } }";
    private const string Q3 = "query Q3 { partners(first: 20, where: { name: { contains: \"studio\" } }, order: [{ name: ASC }]) { totalCount nodes { name slug kind } } }";
    private const string Q5 = "query Q5 { partner(slug: \"s1-stiamepleirg-studio-ltd-2\") { name kind city { name } } }";

    private ServiceProvider _services = null!;
    private IRequestExecutor _executor = null!;
    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);

    [GlobalSetup]
    public void Setup()
    {
        _services = BenchmarkGraph.CreateApiServices();
        _executor = _services.GetRequiredService<IRequestExecutor>();
        foreach (string query in new[] { Q1, Q2, Q3, Q5 })
        {
            using ExecutionResult result = _executor.ExecuteAsync(Request(query)).GetAwaiter().GetResult();
            if (result.Errors.Count > 0 || result.Data is null)
            {
                throw new InvalidOperationException(ResultWriter.ToJson(result));
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public Task Typename() => Run("{ __typename }");

    [Benchmark]
    public Task Q1SortedPage() => Run(Q1);

    [Benchmark]
    public Task Q2FourLevels() => Run(Q2);

    [Benchmark]
    public Task Q3Contains() => Run(Q3);

    [Benchmark(Baseline = true)]
    public Task Q5Lookup() => Run(Q5);

    private async Task Run(string query)
    {
        using AsyncServiceScope scope = _services.CreateAsyncScope();
        using ExecutionResult result = await _executor.ExecuteAsync(Request(query, scope.ServiceProvider));
        _output.ResetWrittenCount();
        ResultWriter.Write(result, _output);
    }

    private GraphQLRequest Request(string query, IServiceProvider? services = null) => new() { Query = query, Services = services ?? _services };
}
