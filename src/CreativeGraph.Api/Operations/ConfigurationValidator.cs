using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using CreativeGraph.Api.Operations.Telemetry;
using CreativeGraph.Api.Research;
using CreativeGraph.GraphQL.AspNetCore;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CreativeGraph.Api.Operations;

/// <summary>
/// Checks the configuration before the host starts, and names every bad key on a line of its own
/// (<c>Configuration error: GraphQL:Execution:MaxCost is 'abc'; expected a number.</c>); the process then exits with
/// <see cref="ExitCode"/>. Settings bound to options classes are checked against the property each key binds to, as
/// the configuration binder would convert it (a value it cannot convert, a negative limit, a zero duration); the
/// database settings are checked as a whole (a provider with the other provider's connection string).
/// </summary>
internal static class ConfigurationValidator
{
    public const int ExitCode = 2;

    // Each options section and the type its keys bind to.
    private static readonly (string Section, Type Options)[] s_sections =
    [
        (GraphQLServiceCollectionExtensions.ConfigurationSection, typeof(GraphQLHttpOptions)),
        (GraphQLServiceCollectionExtensions.ExecutionSection, typeof(RequestExecutorOptions)),
        (GraphQLServiceCollectionExtensions.ParserSection, typeof(GraphQLParserOptions)),
        (ResearchOptions.Section, typeof(ResearchOptions)),
        (ShutdownOptions.Section, typeof(ShutdownOptions)),
        (TelemetryOptions.Section, typeof(TelemetryOptions)),
    ];

    public static IReadOnlyList<string> Validate(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        List<string> problems = [];
        ValidateDatabase(configuration, problems);
        foreach ((string section, Type options) in s_sections)
        {
            ValidateSection(configuration.GetSection(section), options, problems);
        }

        problems.AddRange(TelemetryOptions.Problems(configuration));

        return problems;
    }

    private static void ValidateDatabase(IConfiguration configuration, List<string> problems)
    {
        string? providerText = configuration["Database:Provider"];
        DatabaseProvider provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && (!Enum.TryParse(providerText, ignoreCase: true, out provider) || !Enum.IsDefined(provider)))
        {
            problems.Add($"Database:Provider is '{providerText}'; expected Sqlite or Postgres.");
            return;
        }

        string key = string.IsNullOrWhiteSpace(configuration["Database:ConnectionString"]) ? "ConnectionStrings:KnowledgeGraph" : "Database:ConnectionString";
        string? connectionString = configuration[key];
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
        {
            problems.Add("Database:Provider is Postgres, but neither Database:ConnectionString nor ConnectionStrings:KnowledgeGraph is set.");
        }
        else if (!string.IsNullOrWhiteSpace(connectionString) && ConnectionStringProblem(provider, connectionString) is { } problem)
        {
            problems.Add($"{key} is not a valid {provider} connection string for Database:Provider={provider}. {problem}");
        }

        string? timeout = configuration[KnowledgeGraphDatabaseOptions.StartupTimeoutKey];
        if (timeout is not null && Convert(typeof(TimeSpan), timeout) is not TimeSpan { Ticks: > 0 })
        {
            problems.Add($"{KnowledgeGraphDatabaseOptions.StartupTimeoutKey} is '{timeout}'; expected a positive duration such as 00:02:00.");
        }
    }

    // Each provider's own parser refuses the other's keywords ("Host" for SQLite, "Data Source" for Npgsql).
    private static string? ConnectionStringProblem(DatabaseProvider provider, string connectionString)
    {
        try
        {
            if (provider == DatabaseProvider.Sqlite)
            {
                _ = new SqliteConnectionStringBuilder(connectionString);
                return null;
            }

            return string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(connectionString).Host) ? "It names no Host (Host=db;Username=…;Database=…)." : null;
        }
        catch (ArgumentException)
        {
            bool looksLikeSqlite = connectionString.Contains("Data Source", StringComparison.OrdinalIgnoreCase);
            return (provider, looksLikeSqlite) switch
            {
                (DatabaseProvider.Postgres, true) => "It looks like a SQLite connection string; set Database:Provider=Sqlite or give a PostgreSQL one (Host=…;Database=…).",
                (DatabaseProvider.Postgres, false) => "Expected Host=…;Username=…;Database=….",
                (_, false) when connectionString.Contains("Host", StringComparison.OrdinalIgnoreCase) => "It looks like a PostgreSQL connection string; set Database:Provider=Postgres or give a SQLite one (Data Source=FILE).",
                _ => "Expected Data Source=FILE.",
            };
        }
    }

    // Every key of the section that names a settable property must convert to the property's type.
    private static void ValidateSection(IConfigurationSection section, Type options, List<string> problems)
    {
        foreach (IConfigurationSection child in section.GetChildren())
        {
            PropertyInfo? property = options.GetProperty(child.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                continue;
            }

            Type type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (child.Value is null)
            {
                if (type.IsClass && type != typeof(string))
                {
                    ValidateSection(child, type, problems);
                }

                continue;
            }

            if (!property.CanWrite || type == typeof(string) || (child.Value.Length == 0 && type != property.PropertyType))
            {
                continue;
            }

            object? value = Convert(type, child.Value);
            if (Problem(type, value) is { } expected)
            {
                problems.Add($"{child.Path} is '{child.Value}'; expected {expected}.");
            }
        }
    }

    private static string? Problem(Type type, object? value) => type switch
    {
        _ when type == typeof(bool) => value is null ? "true or false" : null,
        _ when type == typeof(TimeSpan) => value is TimeSpan { Ticks: > 0 } ? null : "a positive duration such as 00:00:30",
        _ when type == typeof(int) || type == typeof(long) => value is null || System.Convert.ToInt64(value, CultureInfo.InvariantCulture) < 0 ? "a whole number, 0 or more" : null,
        _ when type == typeof(double) => value is double d && d >= 0 && double.IsFinite(d) ? null : "a number, 0 or more",
        _ when type.IsEnum => value is null ? $"one of {string.Join(", ", Enum.GetNames(type))}" : null,
        _ => null,
    };

    // The conversion the configuration binder applies (TypeConverter, invariant culture); null when it fails.
    private static object? Convert(Type type, string text)
    {
        try
        {
            return TypeDescriptor.GetConverter(type).ConvertFromInvariantString(text);
        }
        catch (Exception ex) when (ex is FormatException or NotSupportedException or ArgumentException or OverflowException)
        {
            return null;
        }
    }
}
