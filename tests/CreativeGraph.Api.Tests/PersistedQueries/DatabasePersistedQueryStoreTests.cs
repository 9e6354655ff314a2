using CreativeGraph.Api.PersistedQueries;
using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreativeGraph.Api.Tests.PersistedQueries;

// Automatic persisted queries shared through the database: what one instance stored, another reads (issue 17).
public sealed class DatabasePersistedQueryStoreTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "creativegraph-apq-" + Guid.NewGuid().ToString("N") + ".db");
    private ServiceProvider _services = null!;

    private IDbContextFactory<KnowledgeGraphDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>();

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection()
            .AddKnowledgeGraphPersistence(new KnowledgeGraphDatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={_path};Pooling=False"))
            .BuildServiceProvider();
        await using KnowledgeGraphDbContext db = await Contexts.CreateDbContextAsync();
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        File.Delete(_path);
    }

    [Fact]
    public async Task A_query_one_instance_stored_is_found_by_another()
    {
        DatabasePersistedQueryStore first = new(Contexts, maxStored: 10);
        DatabasePersistedQueryStore second = new(Contexts, maxStored: 10);

        Assert.Null(await second.TryGetAsync("a1", default));
        await first.SaveAsync("a1", "{ regions { totalCount } }", default);
        await second.SaveAsync("a1", "{ regions { totalCount } }", default);   // already there: nothing changes

        Assert.Equal("{ regions { totalCount } }", await second.TryGetAsync("a1", default));
        await using KnowledgeGraphDbContext db = await Contexts.CreateDbContextAsync();
        Assert.Equal(1, await db.PersistedQueries.CountAsync());
    }

    [Fact]
    public async Task Stores_no_more_than_its_limit()
    {
        DatabasePersistedQueryStore store = new(Contexts, maxStored: 2);

        await store.SaveAsync("a", "{ a }", default);
        await store.SaveAsync("b", "{ b }", default);
        await store.SaveAsync("c", "{ c }", default);

        Assert.Equal("{ b }", await store.TryGetAsync("b", default));
        Assert.Null(await store.TryGetAsync("c", default));
    }
}
