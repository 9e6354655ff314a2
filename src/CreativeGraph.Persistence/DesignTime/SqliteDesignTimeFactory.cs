using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CreativeGraph.Persistence.DesignTime;

/// <summary>
/// How `dotnet ef` creates the SQLite context (migrations in <c>Migrations/Sqlite</c>); the server never uses it.
/// The default file is the server's, <c>data/creativegraph.db</c> under the directory `dotnet ef` runs in.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteKnowledgeGraphDbContext>
{
    public SqliteKnowledgeGraphDbContext CreateDbContext(string[] args)
    {
        string connectionString = KnowledgeGraphDatabaseOptions.ResolveSqlitePath(
            DesignTimeConnection.Resolve(args, KnowledgeGraphDatabaseOptions.DefaultSqliteConnectionString),
            Directory.GetCurrentDirectory());
        return new SqliteKnowledgeGraphDbContext(
            new DbContextOptionsBuilder<SqliteKnowledgeGraphDbContext>().UseSqlite(connectionString).Options);
    }
}
