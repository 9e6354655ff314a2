namespace CreativeGraph.Api.Tests.Operations;

/// <summary>Bad settings stop the real server before it starts: one line per bad key, exit code 2, no stack trace.</summary>
public sealed class ConfigurationValidationTests
{
    [Fact]
    public async Task Every_bad_key_is_named_on_a_line_of_its_own_and_the_exit_code_is_2()
    {
        using TempDirectory directory = new("creativegraph-config-");
        string[] lines = await RefusedAsync(directory, new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__KnowledgeGraph"] = $"Data Source={directory.File("kg.db")}",
            ["GraphQL__Execution__MaxCost"] = "abc",
            ["GraphQL__Execution__ExecutionTimeout"] = "soon",
            ["GraphQL__Http__EnableGetRequests"] = "perhaps",
            ["Research__MaxDepth"] = "-1",
        });

        Assert.Equal(5, lines.Length);
        Assert.Contains(lines, l => l.Contains("ConnectionStrings:KnowledgeGraph", StringComparison.Ordinal) && l.Contains("SQLite", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("GraphQL:Execution:MaxCost is 'abc'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("GraphQL:Execution:ExecutionTimeout is 'soon'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("GraphQL:Http:EnableGetRequests is 'perhaps'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Research:MaxDepth is '-1'", StringComparison.Ordinal));
        Assert.False(File.Exists(directory.File("kg.db")), "The server touched the database despite its bad settings.");
    }

    [Fact]
    public async Task Each_bad_telemetry_key_is_named_on_a_line_of_its_own()
    {
        using TempDirectory directory = new("creativegraph-telemetry-config-");
        string[] lines = await RefusedAsync(directory, new Dictionary<string, string>
        {
            ["ConnectionStrings__KnowledgeGraph"] = $"Data Source={directory.File("kg.db")}",
            ["Telemetry__Prometheus__Enabled"] = "perhaps",
            ["Telemetry__Prometheus__Path"] = "metrics",
            ["Telemetry__Otlp__Endpoint"] = "collector:4317",
            ["Telemetry__Otlp__Protocol"] = "udp",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "not a uri",
        });

        Assert.Equal(
            [
                "OTEL_EXPORTER_OTLP_ENDPOINT is 'not a uri'",
                "Telemetry:Otlp:Endpoint is 'collector:4317'",
                "Telemetry:Otlp:Protocol is 'udp'",
                "Telemetry:Prometheus:Enabled is 'perhaps'",
                "Telemetry:Prometheus:Path is 'metrics'",
            ],
            lines.Select(l => l["Configuration error: ".Length..l.IndexOf(';', StringComparison.Ordinal)]).Order(StringComparer.Ordinal));
        Assert.False(File.Exists(directory.File("kg.db")), "The server touched the database despite its bad settings.");
    }

    // Runs the server with the settings; it must exit with code 2 and write only "Configuration error: " lines.
    private static async Task<string[]> RefusedAsync(TempDirectory directory, Dictionary<string, string> settings)
    {
        (int exitCode, string output) = await ExternalProcess.RunAsync("dotnet", [RepositoryPaths.ServerAssembly], directory.Path, TimeSpan.FromMinutes(1), settings);
        Assert.Equal(2, exitCode);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.All(lines, line => Assert.StartsWith("Configuration error: ", line, StringComparison.Ordinal));
        return lines;
    }
}
