using BenchmarkDotNet.Attributes;
using CreativeGraph.Data.Relay;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreativeGraph.Benchmarks.Research;

/// <summary>
/// The research fields end to end through the executor (parse cache, validation, resolvers, data loaders, SQL) on
/// the 100 000-partner graph in SQLite: <c>collaborators</c> of a partner, <c>neighbourhood(depth: 3)</c> and
/// <c>path</c>, each with provenance. The adjacency index is built during setup, as after a server's first request.
/// </summary>
[MemoryDiagnoser]
public class ResearchQueryBenchmarks
{
    private const string Collaborators = """
        query($id: ID!) { node(id: $id) { ... on Partner { collaborators(first: 10) { totalCount nodes { partner { name city { name } } sharedProjectCount } } } } }
        """;

    private const string Neighbourhood = """
        query($id: ID!) { neighbourhood(of: $id, depth: 3, first: 50) { hasMoreNodes reached { distance node { id } } edges { kind from { id } to { id } sources { slug } } } }
        """;

    private const string Path = """
        query($from: ID!, $to: ID!) { path(from: $from, to: $to) { length nodes { id } edges { kind role sources { slug } } } }
        """;

    private ServiceProvider _services = null!;
    private IRequestExecutor _executor = null!;
    private string _partner = "";
    private string _other = "";

    /// <summary>A partner in the median number of projects (of those in any), or the busiest partner of the graph.</summary>
    [Params("median", "busiest")]
    public string Partner { get; set; } = "median";

    [GlobalSetup]
    public void Setup()
    {
        _services = BenchmarkGraph.CreateApiServices();
        _executor = _services.GetRequiredService<IRequestExecutor>();

        using KnowledgeGraphDbContext db = _services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>().CreateDbContext();
        var degrees = db.Participations.GroupBy(p => p.PartnerId).Select(g => new { Id = g.Key, Count = g.Count() }).OrderBy(g => g.Count).ThenBy(g => g.Id).ToList();
        int partner = Partner == "busiest" ? degrees[^1].Id : degrees[degrees.Count / 2].Id;
        int other = degrees[(degrees.Count / 3) + 17].Id;
        _partner = GlobalId.Encode("Partner", partner);
        _other = GlobalId.Encode("Partner", other);
        foreach (GraphQLRequest request in new[] { Request(Collaborators), Request(Neighbourhood), Request(Path) })
        {
            using ExecutionResult result = _executor.ExecuteAsync(request).GetAwaiter().GetResult();
            if (result.Errors.Count > 0)
            {
                throw new InvalidOperationException(ResultWriter.ToJson(result));
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public Task CollaboratorsFirst10() => ExecuteAsync(Collaborators);

    [Benchmark]
    public Task NeighbourhoodDepth3() => ExecuteAsync(Neighbourhood);

    [Benchmark]
    public Task ShortestPath() => ExecuteAsync(Path);

    private async Task ExecuteAsync(string query)
    {
        using ExecutionResult result = await _executor.ExecuteAsync(Request(query)).ConfigureAwait(false);
    }

    private GraphQLRequest Request(string query) => new()
    {
        Query = query,
        Variables = new Dictionary<string, object?> { ["id"] = _partner, ["from"] = _partner, ["to"] = _other },
        Services = _services,
    };
}
