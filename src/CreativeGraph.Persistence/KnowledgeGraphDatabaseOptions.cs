using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace CreativeGraph.Persistence;

/// <summary>
/// Database settings. Keys: <c>Database:Provider</c> (<c>Sqlite</c> | <c>Postgres</c>, default Sqlite) and the
/// connection string from <c>Database:ConnectionString</c> or else <c>ConnectionStrings:KnowledgeGraph</c>.
/// SQLite defaults to <c>Data Source=data/creativegraph.db</c>, relative to the content root.
/// </summary>
public sealed record KnowledgeGraphDatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteConnectionString = "Data Source=data/creativegraph.db";

    /// <summary>The configuration key of <see cref="StartupTimeout"/>.</summary>
    public const string StartupTimeoutKey = "Database:StartupTimeout";

    /// <summary>How long a starting process waits for an unreachable database before it gives up (default 2 minutes).</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromMinutes(2);

    public static KnowledgeGraphDatabaseOptions FromConfiguration(IConfiguration configuration, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string? providerText = configuration["Database:Provider"];
        DatabaseProvider provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException($"Database:Provider is '{providerText}'; expected 'Sqlite' or 'Postgres'.");
        }

        string? connectionString = configuration["Database:ConnectionString"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = configuration.GetConnectionString("KnowledgeGraph");
        }

        string? timeoutText = configuration[StartupTimeoutKey];
        TimeSpan startupTimeout = TimeSpan.FromMinutes(2);
        if (!string.IsNullOrWhiteSpace(timeoutText) && !TimeSpan.TryParse(timeoutText, CultureInfo.InvariantCulture, out startupTimeout))
        {
            throw new InvalidOperationException($"{StartupTimeoutKey} is '{timeoutText}'; expected a duration such as 00:02:00.");
        }

        if (provider == DatabaseProvider.Postgres)
        {
            return string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidOperationException("Database:Provider is Postgres, but neither Database:ConnectionString nor ConnectionStrings:KnowledgeGraph is set.")
                : new KnowledgeGraphDatabaseOptions(provider, connectionString) { StartupTimeout = startupTimeout };
        }

        return new KnowledgeGraphDatabaseOptions(provider, ResolveSqlitePath(connectionString ?? DefaultSqliteConnectionString, contentRootPath)) { StartupTimeout = startupTimeout };
    }

    /// <summary>Makes a relative SQLite file path absolute under the content root and creates its directory.</summary>
    public static string ResolveSqlitePath(string connectionString, string contentRootPath)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        string dataSource = builder.DataSource;
        bool inMemory = dataSource.Length == 0 || dataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory;
        if (inMemory)
        {
            return builder.ToString();
        }

        builder.DataSource = Path.GetFullPath(dataSource, contentRootPath);
        string? directory = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return builder.ToString();
    }
}
