using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CreativeGraph.Persistence.DesignTime;

/// <summary>
/// How `dotnet ef` creates the PostgreSQL context (migrations in <c>Migrations/Postgres</c>); the server never uses it.
/// Adding or listing migrations with <c>--no-connect</c> needs no server; the default connection string names a local one.
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresKnowledgeGraphDbContext>
{
    public const string DefaultConnectionString = "Host=127.0.0.1;Database=creativegraph;Username=postgres";

    public PostgresKnowledgeGraphDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgresKnowledgeGraphDbContext>()
            .UseNpgsql(DesignTimeConnection.Resolve(args, DefaultConnectionString))
            .Options);
}
