using CreativeGraph.Api.Tests.Snapshots;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Synthetic;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreativeGraph.Api.Tests.Research.Time;

/// <summary>Writes <see cref="TimeGraph"/> (with its removed dates) into a server's empty database before start-up, so nothing is seeded.</summary>
internal static class TimeGraphWriter
{
    public static async Task<SyntheticGraph> WriteAsync(IServiceProvider services)
    {
        SyntheticGraph graph = SyntheticGraph.Generate(TimeGraph.Options);
        TimeGraph.RemoveSomeDates(graph);
        await using KnowledgeGraphDbContext db = await services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>().CreateDbContextAsync();
        await db.Database.MigrateAsync();
        await SyntheticGraphWriter.WriteAsync(db, graph);
        return graph;
    }
}

/// <summary>The in-process server on SQLite holding only the time tests' generated graph.</summary>
public sealed class SqliteTimeServer : SqliteSnapshotServer
{
    internal SyntheticGraph Graph { get; private set; } = null!;

    protected override async Task FillAsync(IServiceProvider services) => Graph = await TimeGraphWriter.WriteAsync(services);
}

/// <summary>The same on PostgreSQL (skipped without CREATIVEGRAPH_TEST_POSTGRES, failed under CI=true).</summary>
public sealed class PostgresTimeServer : PostgresSnapshotServer
{
    internal SyntheticGraph Graph { get; private set; } = null!;

    protected override async Task FillAsync(IServiceProvider services) => Graph = await TimeGraphWriter.WriteAsync(services);
}
