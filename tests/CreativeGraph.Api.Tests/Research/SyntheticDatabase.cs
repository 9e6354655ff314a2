using CreativeGraph.Api.Research;
using CreativeGraph.Api.Research.Index;
using CreativeGraph.Api.Research.Traversal;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Synthetic;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreativeGraph.Api.Tests.Research;

/// <summary>A synthetic graph written into a throw-away SQLite file, with the services the research traversals use.</summary>
public sealed class SyntheticDatabase : IAsyncDisposable
{
    private readonly string _path;
    private readonly ServiceProvider _services;

    private SyntheticDatabase(string path, SyntheticGraph graph)
    {
        _path = path;
        Graph = graph;
        _services = new ServiceCollection()
            .AddKnowledgeGraphPersistence(new KnowledgeGraphDatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={path};Pooling=False"))
            .BuildServiceProvider();
    }

    public SyntheticGraph Graph { get; }

    /// <summary>The SQLite file, for tools that read it themselves.</summary>
    public string FilePath => _path;

    public IDbContextFactory<KnowledgeGraphDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>();

    /// <summary>Generates the graph, lets <paramref name="adjust"/> change it (e.g. remove dates), and writes it.</summary>
    public static async Task<SyntheticDatabase> CreateAsync(SyntheticGraphOptions options, Action<SyntheticGraph>? adjust = null)
    {
        string path = Path.Combine(Path.GetTempPath(), "creativegraph-research-" + Guid.NewGuid().ToString("N") + ".db");
        var database = new SyntheticDatabase(path, SyntheticGraph.Generate(options));
        adjust?.Invoke(database.Graph);
        await using KnowledgeGraphDbContext db = await database.Contexts.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        await SyntheticGraphWriter.WriteAsync(db, database.Graph);
        return database;
    }

    internal ResearchGraph Research(ResearchOptions? options = null, TimeProvider? time = null)
    {
        options ??= new ResearchOptions();
        return new ResearchGraph(new AdjacencyIndexProvider(Contexts, options, time ?? TimeProvider.System), options);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        File.Delete(_path);
    }
}
