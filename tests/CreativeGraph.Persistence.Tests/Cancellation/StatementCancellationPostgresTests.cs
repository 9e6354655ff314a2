using CreativeGraph.Persistence.Tests.Fixtures;

namespace CreativeGraph.Persistence.Tests.Cancellation;

/// <summary>Npgsql sends PostgreSQL a cancel request when the token fires; no interceptor is needed.</summary>
public sealed class StatementCancellationPostgresTests() : StatementCancellationTests(Options), IPostgresTests
{
    private static KnowledgeGraphDatabaseOptions? Options =>
        Environment.GetEnvironmentVariable(PostgresFixture.ConnectionStringVariable) is { Length: > 0 } connectionString
            ? new KnowledgeGraphDatabaseOptions(DatabaseProvider.Postgres, connectionString)
            : null;

    protected override string SlowStatement => "SELECT 1::bigint AS \"Value\" FROM (SELECT pg_sleep(120)) AS s";
}
