using CreativeGraph.Persistence.Tests.Fixtures;
using CreativeGraph.Persistence.Tests.Migrations;

namespace CreativeGraph.Persistence.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class MigrationPostgresTests(PostgresFixture fixture) : MigrationTests<PostgresFixture>(fixture), IPostgresTests
{
    protected override string ExpectedProviderName => "Npgsql.EntityFrameworkCore.PostgreSQL";
}
