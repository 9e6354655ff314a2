using Npgsql;

namespace CreativeGraph.Api.Tests.Snapshots;

/// <summary>The snapshot server on a SQLite file of its own.</summary>
public class SqliteSnapshotServer : SnapshotServer
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "creativegraph-snapshots-" + Guid.NewGuid().ToString("N"));

    public override string ProviderName => "SQLite";

    protected override Task<string[]> CreateDatabaseAsync()
    {
        Directory.CreateDirectory(_directory);
        return Task.FromResult<string[]>(
        [
            "--Database:Provider=Sqlite",
            "--ConnectionStrings:KnowledgeGraph=Data Source=" + Path.Combine(_directory, "creativegraph.db"),
        ]);
    }

    protected override Task DropDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The snapshot server on a PostgreSQL database created for it on the server named by CREATIVEGRAPH_TEST_POSTGRES
/// (<c>source .ci/postgres.sh</c>) and dropped afterwards.
/// </summary>
public class PostgresSnapshotServer : SnapshotServer
{
    public const string ConnectionStringVariable = "CREATIVEGRAPH_TEST_POSTGRES";

    private static readonly string? s_server = Environment.GetEnvironmentVariable(ConnectionStringVariable);
    private readonly string _database = "creativegraph_snapshots_" + Guid.NewGuid().ToString("N");

    public override string ProviderName => "PostgreSQL";

    public override string? Unavailable => string.IsNullOrWhiteSpace(s_server)
        ? $"PostgreSQL is not configured: set {ConnectionStringVariable} (e.g. source .ci/postgres.sh)."
        : null;

    protected override async Task<string[]> CreateDatabaseAsync()
    {
        await ExecuteAsync($"CREATE DATABASE \"{_database}\"");
        string connectionString = new NpgsqlConnectionStringBuilder(s_server) { Database = _database }.ConnectionString;
        return ["--Database:Provider=Postgres", "--ConnectionStrings:KnowledgeGraph=" + connectionString];
    }

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using NpgsqlConnection admin = new(s_server);
        await admin.OpenAsync();
        await using NpgsqlCommand command = admin.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
