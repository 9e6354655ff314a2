using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Tests.Fixtures;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Data.Tests.Sqlite;

/// <summary>
/// A shared-cache in-memory SQLite database, alive as long as its keep-alive connection; every context opens its
/// own connection, so concurrent batches never share one.
/// </summary>
public sealed class SqliteFixture : DataFixture
{
    private readonly SqliteConnection _keepAlive;

    public SqliteFixture()
    {
        string connectionString = $"Data Source=creativegraph-data-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        _keepAlive = new SqliteConnection(connectionString);
        _keepAlive.Open();
        Initialize(new DbContextOptionsBuilder<CitiesDbContext>().UseSqlite(connectionString).UseCaseFolding().AddInterceptors(Log, SqliteCaseFolding.Instance).Options);
    }

    protected override string ProviderName => "SQLite";

    protected override string SnapshotFolder => FolderOf();

    public override bool NullsFirst => true;

    protected override void Dispose(bool disposing) => _keepAlive.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteFixture>
{
    public const string Name = "SQLite";
}
