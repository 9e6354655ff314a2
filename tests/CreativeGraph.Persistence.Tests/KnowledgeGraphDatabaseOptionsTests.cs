using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CreativeGraph.Persistence.Tests;

public sealed class KnowledgeGraphDatabaseOptionsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "creativegraph-options-" + Guid.NewGuid().ToString("N"));

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Defaults_to_a_SQLite_file_under_the_content_root_and_creates_its_directory()
    {
        KnowledgeGraphDatabaseOptions options = KnowledgeGraphDatabaseOptions.FromConfiguration(Configuration(), _root);

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal($"Data Source={Path.Combine(_root, "data", "creativegraph.db")}", options.ConnectionString);
        Assert.True(Directory.Exists(Path.Combine(_root, "data")));
    }

    [Fact]
    public void Database_ConnectionString_wins_over_ConnectionStrings_KnowledgeGraph()
    {
        KnowledgeGraphDatabaseOptions options = KnowledgeGraphDatabaseOptions.FromConfiguration(
            Configuration(("Database:Provider", "postgres"), ("Database:ConnectionString", "Host=a"), ("ConnectionStrings:KnowledgeGraph", "Host=b")),
            _root);

        Assert.Equal(new KnowledgeGraphDatabaseOptions(DatabaseProvider.Postgres, "Host=a"), options);
    }

    [Fact]
    public void Postgres_without_a_connection_string_is_a_configuration_error()
    {
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(
            () => KnowledgeGraphDatabaseOptions.FromConfiguration(Configuration(("Database:Provider", "Postgres")), _root));

        Assert.Contains("ConnectionStrings:KnowledgeGraph", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_provider_is_a_configuration_error()
    {
        Assert.Throws<InvalidOperationException>(() => KnowledgeGraphDatabaseOptions.FromConfiguration(Configuration(("Database:Provider", "Oracle")), _root));
    }

    [Fact]
    public void Registers_a_pooled_factory_of_the_provider_context()
    {
        ServiceProvider services = new ServiceCollection()
            .AddKnowledgeGraphPersistence(Configuration(("ConnectionStrings:KnowledgeGraph", "Data Source=kg.db")), _root)
            .BuildServiceProvider();

        IDbContextFactory<KnowledgeGraphDbContext> factory = services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>();
        KnowledgeGraphDbContext first = factory.CreateDbContext();
        string? connectionString = first.Database.GetConnectionString();
        first.Dispose();
        using KnowledgeGraphDbContext second = factory.CreateDbContext();

        Assert.IsType<SqliteKnowledgeGraphDbContext>(first);
        Assert.Same(first, second); // returned to the pool and rented again
        Assert.EndsWith(Path.Combine(_root, "kg.db"), connectionString, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
