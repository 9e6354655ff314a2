using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using CreativeGraph.Benchmarks.Research;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using Microsoft.Extensions.DependencyInjection;

namespace CreativeGraph.Benchmarks.Data;

/// <summary>
/// The data conventions end to end on the 100 000-partner, 10 000-project graph in SQLite: a filtered, sorted, paged
/// root list with two nested list levels (projects → partners → their projects) and a reference (city), every list
/// filtered or sorted and counted — the first page, and a page deep in the list reached by its keyset cursor.
/// Setup prints the SQL statements one request runs (they do not depend on the number of parents).
/// </summary>
[MemoryDiagnoser]
public class NestedListBenchmarks
{
    private const string Query = """
        query Page($after: String) {
          projects(first: 20, after: $after, where: { status: { eq: FINISHED }, title: { contains: "creative" } }, order: [{ startDate: DESC }]) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes {
              acronym
              startDate
              partners(first: 5, where: { kind: { neq: COMPANY } }, order: [{ name: ASC }]) {
                totalCount
                nodes {
                  name
                  city { name }
                  projects(first: 3, order: [{ acronym: ASC }]) { nodes { acronym } }
                }
              }
            }
          }
        }
        """;

    private ServiceProvider _services = null!;
    private IRequestExecutor _executor = null!;
    private string? _deepCursor;

    [GlobalSetup]
    public void Setup()
    {
        // EF Core decides whether to raise diagnostic events when its loggers are made: listen before the first context.
        using SqlStatementCounter counter = new();
        _services = BenchmarkGraph.CreateApiServices();
        _executor = _services.GetRequiredService<IRequestExecutor>();

        // Walk 20 pages to a cursor deep in the list: a keyset page there costs what the first page costs.
        string? cursor = null;
        for (int page = 0; page < 20; page++)
        {
            using ExecutionResult result = Run(cursor);
            using System.Text.Json.JsonDocument json = System.Text.Json.JsonDocument.Parse(ResultWriter.ToJson(result));
            cursor = json.RootElement.GetProperty("data").GetProperty("projects").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        _deepCursor = cursor;
        int before = counter.Count;
        using (Run(_deepCursor))
        {
            Console.WriteLine($"// SQL statements per request: {counter.Count - before} (3 lists, 2 totalCounts, 1 reference)");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Baseline = true)]
    public async Task FirstPage()
    {
        using ExecutionResult result = await _executor.ExecuteAsync(Request(null));
    }

    [Benchmark]
    public async Task PageTwentyOne()
    {
        using ExecutionResult result = await _executor.ExecuteAsync(Request(_deepCursor));
    }

    private ExecutionResult Run(string? after)
    {
        ExecutionResult result = _executor.ExecuteAsync(Request(after)).GetAwaiter().GetResult();
        if (result.Errors.Count > 0)
        {
            throw new InvalidOperationException(ResultWriter.ToJson(result));
        }

        return result;
    }

    private GraphQLRequest Request(string? after) => new()
    {
        Query = Query,
        Variables = new Dictionary<string, object?> { ["after"] = after },
        Services = _services,
    };

    /// <summary>Counts the SQL commands EF Core executes while it is alive (EF Core's diagnostic events).</summary>
    private sealed class SqlStatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly IDisposable _all;
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        public SqlStatementCounter() => _all = DiagnosticListener.AllListeners.Subscribe(this);

        public int Count => _count;

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == "Microsoft.EntityFrameworkCore")
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted")
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _all.Dispose();
            _subscriptions.ForEach(s => s.Dispose());
        }
    }
}
