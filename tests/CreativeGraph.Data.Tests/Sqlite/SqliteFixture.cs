using CreativeGraph.Data.Tests.Fixtures;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Data.Tests.Sqlite;

/// <summary>An in-memory SQLite database, alive as long as its one open connection.</summary>
public sealed class SqliteFixture : DataFixture
{
    private readonly SqliteConnection _connection;

    public SqliteFixture()
        : this(Open())
    {
    }

    private SqliteFixture(SqliteConnection connection)
        : base(log => new DbContextOptionsBuilder<CitiesDbContext>().UseSqlite(connection).AddInterceptors(log).Options) =>
        _connection = connection;

    protected override void Dispose(bool disposing) => _connection.Dispose();

    private static SqliteConnection Open()
    {
        SqliteConnection connection = new("DataSource=:memory:");
        connection.Open();
        return connection;
    }
}
