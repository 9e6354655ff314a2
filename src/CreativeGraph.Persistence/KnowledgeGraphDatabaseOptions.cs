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

        if (provider == DatabaseProvider.Postgres)
        {
            return string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidOperationException("Database:Provider is Postgres, but neither Database:ConnectionString nor ConnectionStrings:KnowledgeGraph is set.")
                : new KnowledgeGraphDatabaseOptions(provider, connectionString);
        }

        return new KnowledgeGraphDatabaseOptions(provider, ResolveSqlitePath(connectionString ?? DefaultSqliteConnectionString, contentRootPath));
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
