using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace CreativeGraph.Data.Tests.Postgres;

/// <summary>
/// A PostgreSQL database created on the server named by CREATIVEGRAPH_TEST_POSTGRES (set by <c>.ci/postgres.sh</c>)
/// and dropped afterwards. PostgreSQL sorts NULL last in ascending order, so paging runs with NullsFirst = false.
/// </summary>
public sealed class PostgresFixture : DataFixture
{
    public const string ConnectionStringVariable = "CREATIVEGRAPH_TEST_POSTGRES";

    private static readonly string? s_connectionString = Environment.GetEnvironmentVariable(ConnectionStringVariable);
    private readonly string _database = "creativegraph_data_" + Guid.NewGuid().ToString("N");

    public PostgresFixture()
    {
        if (string.IsNullOrWhiteSpace(s_connectionString))
        {
            if (OptionalTool.IsCi)
            {
                throw new InvalidOperationException(
                    $"CI=true but {ConnectionStringVariable} is not set: PostgreSQL tests must run in CI. Source .ci/postgres.sh before dotnet test.");
            }

            return; // every test is skipped (ProviderFactDiscoverer)
        }

        using (NpgsqlConnection admin = new(s_connectionString))
        {
            admin.Open();
            using NpgsqlCommand create = admin.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{_database}\"";
            create.ExecuteNonQuery();
        }

        string connectionString = new NpgsqlConnectionStringBuilder(s_connectionString) { Database = _database }.ConnectionString;
        Initialize(new DbContextOptionsBuilder<CitiesDbContext>().UseNpgsql(connectionString).UseCaseFolding().AddInterceptors(Log).Options);
    }

    protected override string ProviderName => "PostgreSQL";

    protected override string SnapshotFolder => FolderOf();

    public override bool NullsFirst => false;

    /// <summary>Why a test of <paramref name="method"/>'s class is skipped, or null when it runs (always under CI=true).</summary>
    internal static string? SkipReasonFor(ITestMethod method) =>
        (method.TestClass.Class as IReflectionTypeInfo)?.Type is { } type && typeof(IPostgresTests).IsAssignableFrom(type)
            && string.IsNullOrWhiteSpace(s_connectionString) && !OptionalTool.IsCi
            ? $"PostgreSQL not configured: set {ConnectionStringVariable} (e.g. source .ci/postgres.sh) to run these tests."
            : null;

    protected override void Dispose(bool disposing)
    {
        if (string.IsNullOrWhiteSpace(s_connectionString))
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using NpgsqlConnection admin = new(s_connectionString);
        admin.Open();
        using NpgsqlCommand drop = admin.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)";
        drop.ExecuteNonQuery();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}
