using CreativeGraph.Api;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Synthetic;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CreativeGraph.Benchmarks.Research;

/// <summary>
/// The generated 100 000-partner graph (seed 1) in a SQLite file under the temp folder. It is generated once and
/// kept for later runs of the same build of the generator (the file name carries its module version).
/// </summary>
internal static class BenchmarkGraph
{
    public static SyntheticGraphOptions Options { get; } = new() { Seed = 1, Partners = 100_000, Projects = 10_000 };

    public static string ConnectionString => $"Data Source={Path}";

    /// <summary>
    /// The file: <c>CREATIVEGRAPH_BENCH_GRAPH</c> when set (e.g. the side-by-side harness's cached seed-1 graph, so
    /// a rebuild does not generate again), else a file under the temp folder named after this build of the generator.
    /// </summary>
    public static string Path { get; } = Environment.GetEnvironmentVariable("CREATIVEGRAPH_BENCH_GRAPH") is { Length: > 0 } given ? given : System.IO.Path.Combine(
        System.IO.Path.GetTempPath(),
        $"creativegraph-bench-{Options.Partners}-{Options.Projects}-{Options.Seed}-{typeof(SyntheticGraph).Assembly.ManifestModule.ModuleVersionId:N}.db");

    /// <summary>Services over the benchmark database (pooled context factory), created on first use.</summary>
    public static ServiceProvider CreateServices()
    {
        EnsureCreated();
        return new ServiceCollection()
            .AddKnowledgeGraphPersistence(new KnowledgeGraphDatabaseOptions(DatabaseProvider.Sqlite, ConnectionString))
            .BuildServiceProvider();
    }

    /// <summary>
    /// The API's services (persistence, schema, executor) over the benchmark database, as the server composes them;
    /// requests run through <see cref="IRequestExecutor"/> with these services as their request services.
    /// </summary>
    public static ServiceProvider CreateApiServices()
    {
        EnsureCreated();
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:KnowledgeGraph"] = ConnectionString,
        }).Build();
        ServiceCollection services = new();
        services.AddSingleton(configuration).AddLogging();
        services.AddKnowledgeGraphPersistence(configuration, System.IO.Path.GetTempPath());
        services.AddKnowledgeGraphApi(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>Generates and writes the graph unless this build already did.</summary>
    public static void EnsureCreated()
    {
        if (File.Exists(Path))
        {
            return;
        }

        string partial = Path + ".partial";
        File.Delete(partial);
        using (var db = new SqliteKnowledgeGraphDbContext(new DbContextOptionsBuilder<SqliteKnowledgeGraphDbContext>().UseSqlite($"Data Source={partial};Pooling=False").Options))
        {
            db.Database.Migrate();
            SyntheticGraphWriter.WriteAsync(db, SyntheticGraph.Generate(Options)).GetAwaiter().GetResult();
        }

        File.Move(partial, Path);
    }
}
