namespace CreativeGraph.Api.Tests.Operations;

/// <summary>Bad settings stop the real server before it starts: one line per bad key, exit code 2, no stack trace.</summary>
public sealed class ConfigurationValidationTests
{
    [Fact]
    public async Task Every_bad_key_is_named_on_a_line_of_its_own_and_the_exit_code_is_2()
    {
        using TempDirectory directory = new("creativegraph-config-");
        (int exitCode, string output) = await ExternalProcess.RunAsync(
            "dotnet",
            [RepositoryPaths.ServerAssembly],
            directory.Path,
            TimeSpan.FromMinutes(1),
            new Dictionary<string, string>
            {
                ["Database__Provider"] = "Postgres",
                ["ConnectionStrings__KnowledgeGraph"] = $"Data Source={directory.File("kg.db")}",
                ["GraphQL__Execution__MaxCost"] = "abc",
                ["GraphQL__Execution__ExecutionTimeout"] = "soon",
                ["GraphQL__Http__EnableGetRequests"] = "perhaps",
                ["Research__MaxDepth"] = "-1",
            });

        Assert.Equal(2, exitCode);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(5, lines.Length);
        Assert.All(lines, line => Assert.StartsWith("Configuration error: ", line, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("ConnectionStrings:KnowledgeGraph", StringComparison.Ordinal) && l.Contains("SQLite", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("GraphQL:Execution:MaxCost is 'abc'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("GraphQL:Execution:ExecutionTimeout is 'soon'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("GraphQL:Http:EnableGetRequests is 'perhaps'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Research:MaxDepth is '-1'", StringComparison.Ordinal));
        Assert.False(File.Exists(directory.File("kg.db")), "The server touched the database despite its bad settings.");
    }
}
