using CreativeGraph.Persistence.Tests.Fixtures;
using CreativeGraph.Persistence.Tests.Migrations;

namespace CreativeGraph.Persistence.Tests.Sqlite;

[Collection(SqliteCollection.Name)]
public sealed class MigrationSqliteTests(SqliteFixture fixture) : MigrationTests<SqliteFixture>(fixture)
{
    protected override string ExpectedProviderName => "Microsoft.EntityFrameworkCore.Sqlite";
}
