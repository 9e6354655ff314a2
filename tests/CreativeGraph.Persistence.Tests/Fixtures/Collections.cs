namespace CreativeGraph.Persistence.Tests.Fixtures;

/// <summary>All SQLite test classes share one seeded database.</summary>
[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteFixture>
{
    public const string Name = "SQLite";
}

/// <summary>All PostgreSQL test classes share one seeded database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}
