using System.Data.Common;
using BenchmarkDotNet.Attributes;
using CreativeGraph.Api.Research;
using CreativeGraph.Api.Research.Index;
using CreativeGraph.Api.Research.Traversal;
using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreativeGraph.Benchmarks.Research;

/// <summary>
/// The measurement behind the choice of traversal strategy: the same neighbourhood (every node within 3 edges)
/// and the same shortest-path distance on the 100 000-partner graph, once over the in-memory adjacency index and
/// once as SQLite recursive CTEs over an edge table (both directions, indexed) built from the same edges. Each
/// invocation runs 8 fixed inputs.
/// </summary>
[MemoryDiagnoser]
public class TraversalStrategyBenchmarks
{
    private const int Inputs = 8;

    private const string CreateEdges = """
        DROP TABLE IF EXISTS "BenchmarkEdges";
        CREATE TABLE "BenchmarkEdges" ("A" INTEGER NOT NULL, "B" INTEGER NOT NULL);
        """;

    private const string Neighbourhood = """
        WITH RECURSIVE reach(node, depth) AS (
            SELECT @start, 0
            UNION
            SELECT e."B", r.depth + 1 FROM reach r JOIN "BenchmarkEdges" e ON e."A" = r.node WHERE r.depth < @depth)
        SELECT COUNT(DISTINCT node) FROM reach
        """;

    private const string Reaches = """
        WITH RECURSIVE reach(node, depth) AS (
            SELECT @start, 0
            UNION
            SELECT e."B", r.depth + 1 FROM reach r JOIN "BenchmarkEdges" e ON e."A" = r.node WHERE r.depth < @depth)
        SELECT EXISTS (SELECT 1 FROM reach WHERE node = @target)
        """;

    private ServiceProvider _services = null!;
    private AdjacencyIndex _index = null!;
    private DbConnection _connection = null!;
    private int[] _starts = null!;
    private (int From, int To)[] _pairs = null!;

    [GlobalSetup]
    public void Setup()
    {
        _services = BenchmarkGraph.CreateServices();
        using KnowledgeGraphDbContext db = _services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>().CreateDbContext();
        _index = AdjacencyIndexLoader.LoadAsync(db, "benchmark", default).GetAwaiter().GetResult();

        // Partners in projects, spread over the key range; pairs of them for the path.
        int[] partners = [.. db.Participations.Select(p => p.PartnerId).Distinct().OrderBy(id => id)];
        _starts = [.. Enumerable.Range(0, Inputs).Select(i => Node(NodeKind.Partner, partners[(i * 7919) % partners.Length]))];
        _pairs = [.. Enumerable.Range(0, Inputs).Select(i => (_starts[i], Node(NodeKind.Partner, partners[(i * 104729 + 17) % partners.Length])))];

        _connection = new Microsoft.Data.Sqlite.SqliteConnection(BenchmarkGraph.ConnectionString);
        _connection.Open();
        Execute(CreateEdges);
        using (DbTransaction transaction = _connection.BeginTransaction())
        using (DbCommand insert = _connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO \"BenchmarkEdges\" VALUES (@a, @b), (@b, @a)";
            DbParameter a = Parameter(insert, "@a", 0L);
            DbParameter b = Parameter(insert, "@b", 0L);
            for (int e = 0; e < _index.EdgeCount; e++)
            {
                GraphEdgeRef edge = _index.Edge(e);
                a.Value = Key(edge.From);
                b.Value = Key(edge.To);
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        Execute("CREATE INDEX \"IX_BenchmarkEdges_A\" ON \"BenchmarkEdges\" (\"A\", \"B\"); ANALYZE;");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Execute("DROP TABLE IF EXISTS \"BenchmarkEdges\"");
        _connection.Dispose();
        _services.Dispose();
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    public int InMemoryNeighbourhoodDepth3()
    {
        int nodes = 0;
        foreach (int start in _starts)
        {
            nodes += Api.Research.Traversal.Neighbourhood.Collect(_index, start, 3, RelationSet.All, Period.All, _index.NodeCount, 0, default).Nodes.Count;
        }

        return nodes;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    public long RecursiveCteNeighbourhoodDepth3()
    {
        long nodes = 0;
        using DbCommand command = _connection.CreateCommand();
        command.CommandText = Neighbourhood;
        DbParameter start = Parameter(command, "@start", 0L);
        Parameter(command, "@depth", 3);
        foreach (int node in _starts)
        {
            start.Value = Key(_index.Node(node));
            nodes += (long)command.ExecuteScalar()!;
        }

        return nodes;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    public int InMemoryShortestPath()
    {
        int length = 0;
        foreach ((int from, int to) in _pairs)
        {
            length += ShortestPaths.Find(_index, from, to, RelationSet.All, Period.All, 6, 1, int.MaxValue, default) is [GraphPath path] ? path.Length : 0;
        }

        return length;
    }

    /// <summary>Only the distance, by iterative deepening (the CTE cannot stop at the target): a lower bound for a path in SQL.</summary>
    [Benchmark(OperationsPerInvoke = Inputs)]
    public int RecursiveCteShortestDistance()
    {
        int length = 0;
        using DbCommand command = _connection.CreateCommand();
        command.CommandText = Reaches;
        DbParameter start = Parameter(command, "@start", 0L);
        DbParameter depth = Parameter(command, "@depth", 0);
        DbParameter target = Parameter(command, "@target", 0L);
        foreach ((int from, int to) in _pairs)
        {
            start.Value = Key(_index.Node(from));
            target.Value = Key(_index.Node(to));
            for (int d = 1; d <= 6; d++)
            {
                depth.Value = d;
                if ((long)command.ExecuteScalar()! == 1)
                {
                    length += d;
                    break;
                }
            }
        }

        return length;
    }

    /// <summary>What the in-memory strategy costs up front (and again after each import): reading the index.</summary>
    [Benchmark]
    public int BuildIndex()
    {
        using KnowledgeGraphDbContext db = _services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>().CreateDbContext();
        return AdjacencyIndexLoader.LoadAsync(db, "benchmark", default).GetAwaiter().GetResult().EdgeCount;
    }

    /// <summary>The change check a request runs at most every few seconds.</summary>
    [Benchmark]
    public int Fingerprint()
    {
        using KnowledgeGraphDbContext db = _services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>().CreateDbContext();
        return GraphFingerprint.ComputeAsync(db, default).GetAwaiter().GetResult().Length;
    }

    private int Node(NodeKind kind, int id) => _index.TryGetNode(new NodeRef(kind, id), out int node) ? node : throw new InvalidOperationException($"{kind} {id} is not in the index.");

    private static long Key(NodeRef node) => ((long)node.Kind.Ordinal << 32) | (uint)node.Id;

    private void Execute(string sql)
    {
        using DbCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static DbParameter Parameter(DbCommand command, string name, object value)
    {
        DbParameter parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
