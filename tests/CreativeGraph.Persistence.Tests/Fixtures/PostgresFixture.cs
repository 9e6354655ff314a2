using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CreativeGraph.Persistence.Tests.Fixtures;

/// <summary>
/// PostgreSQL databases created on the server named by <see cref="ConnectionStringVariable"/> (set by
/// <c>.ci/postgres.sh</c>), one per test database, dropped afterwards.
/// </summary>
public sealed class PostgresFixture : KnowledgeGraphFixture
{
    public const string ConnectionStringVariable = "CREATIVEGRAPH_TEST_POSTGRES";

    private static readonly string? s_connectionString = Environment.GetEnvironmentVariable(ConnectionStringVariable);

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why PostgreSQL tests are skipped, or null when they run. Under CI=true they always run.</summary>
    public static string? SkipReason => string.IsNullOrWhiteSpace(s_connectionString) && !IsCi
        ? $"PostgreSQL not configured: set {ConnectionStringVariable} (e.g. source .ci/postgres.sh) to run these tests."
        : null;

    public override async Task InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(s_connectionString))
        {
            if (IsCi)
            {
                throw new InvalidOperationException(
                    $"CI=true but {ConnectionStringVariable} is not set: PostgreSQL tests must run in CI. Source .ci/postgres.sh before dotnet test.");
            }

            return; // every test is skipped by DatabaseFactDiscoverer
        }

        await base.InitializeAsync();
    }

    public override async Task<TestDatabase> CreateDatabaseAsync()
    {
        string name = "creativegraph_test_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(s_connectionString))
        {
            await admin.OpenAsync();
            await using NpgsqlCommand create = admin.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{name}\"";
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(s_connectionString) { Database = name };
        return new PostgresTestDatabase(builder.ConnectionString, name);
    }

    private sealed class PostgresTestDatabase(string connectionString, string name) : TestDatabase
    {
        public override KnowledgeGraphDbContext CreateContext() => new PostgresKnowledgeGraphDbContext(
            new DbContextOptionsBuilder<PostgresKnowledgeGraphDbContext>().UseNpgsql(connectionString).Options);

        public override async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(s_connectionString);
            await admin.OpenAsync();
            await using NpgsqlCommand drop = admin.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }
    }
}
