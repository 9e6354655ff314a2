using CreativeGraph.Persistence.Startup;
namespace CreativeGraph.Persistence.Tests.Fixtures;

/// <summary>
/// Provider-neutral fixture: one migrated and seeded database shared by the read-only tests of a provider,
/// and fresh databases on demand for tests that write.
/// </summary>
public abstract class KnowledgeGraphFixture : IAsyncLifetime
{
    private TestDatabase? _seeded;

    /// <summary>The migrated, seeded database. Tests must not change it.</summary>
    public TestDatabase Seeded => _seeded ?? throw new InvalidOperationException("The fixture was not initialised.");

    public KnowledgeGraphDbContext CreateContext() => Seeded.CreateContext();

    /// <summary>A new, empty database (not migrated). The caller disposes it.</summary>
    public abstract Task<TestDatabase> CreateDatabaseAsync();

    /// <summary>A new database, migrated and seeded through the production start-up path.</summary>
    public async Task<TestDatabase> CreateSeededDatabaseAsync()
    {
        TestDatabase database = await CreateDatabaseAsync();
        await using KnowledgeGraphDbContext db = database.CreateContext();
        await KnowledgeGraphDatabase.MigrateAndSeedAsync(db);
        return database;
    }

    public virtual async Task InitializeAsync() => _seeded = await CreateSeededDatabaseAsync();

    public virtual async Task DisposeAsync()
    {
        if (_seeded is not null)
        {
            await _seeded.DisposeAsync();
        }
    }
}
