namespace CreativeGraph.Persistence.Tests.Cancellation;

/// <summary>Microsoft.Data.Sqlite ignores the token once a statement runs; <see cref="SqliteInterruptInterceptor"/> stops it.</summary>
public sealed class StatementCancellationSqliteTests() : StatementCancellationTests(new KnowledgeGraphDatabaseOptions(DatabaseProvider.Sqlite, "Data Source=:memory:"))
{
    // Counts to two billion one row at a time.
    protected override string SlowStatement =>
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 2000000000) SELECT count(*) AS \"Value\" FROM c";
}
