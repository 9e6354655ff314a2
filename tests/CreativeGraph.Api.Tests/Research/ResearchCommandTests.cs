using System.Text.Json;

namespace CreativeGraph.Api.Tests.Research;

/// <summary>The <c>generate</c> and <c>export</c> commands of the built server, on a throw-away SQLite file.</summary>
public sealed class ResearchCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "creativegraph-commands-" + Guid.NewGuid().ToString("N"));

    public ResearchCommandTests() => Directory.CreateDirectory(_directory);

    private string Database => "--ConnectionStrings:KnowledgeGraph=Data Source=" + Path.Combine(_directory, "graph.db");

    [SkippableFact]
    public async Task Generate_fills_an_empty_database_refuses_a_full_one_and_appends_when_told()
    {
        string[] small = ["--partners", "60", "--projects", "6", "--people", "5", "--events", "5", "--networks", "1", "--programmes", "2"];

        (int first, string written) = await RunAsync(["generate", .. small, "--seed", "3", Database]);
        (int again, string refused) = await RunAsync(["generate", .. small, "--seed", "3", Database]);
        (int appended, _) = await RunAsync(["generate", .. small, "--seed", "4", "--append", Database]);
        (int bad, string usage) = await RunAsync(["generate", "--partners", "many", Database]);

        Assert.True(first == 0, written);
        Assert.Contains("Generated 60 partners, 6 projects", written, StringComparison.Ordinal);
        Assert.Equal(1, again);
        Assert.Contains("--append", refused, StringComparison.Ordinal);
        Assert.Equal(0, appended);
        Assert.Equal(2, bad);
        Assert.Contains("Cannot parse argument 'many' for option '--partners'", usage, StringComparison.Ordinal);

        // The export of both graphs holds their 120 partners, read by the independent parser.
        string file = Path.Combine(_directory, "graph.zip");
        (int exported, string output) = await RunAsync(["export", "--format", "csv", "--output", file, Database]);
        Assert.True(exported == 0, output);
        JsonElement parsed = await IndependentParser.ParseAsync("csv", file);
        Assert.Equal(120, parsed.GetProperty("types").GetProperty("Partner").GetInt32());
        Assert.Equal(0, parsed.GetProperty("dangling").GetInt32());
    }

    [Theory]
    [InlineData("--format", "pdf", "Argument 'pdf' not recognized. Must be one of:")]
    [InlineData("--country", "XX", "No country has the code 'XX'")]
    [InlineData("--from", "soon", "'from' must be a year such as 2010 or a day such as 2010-03-01, not 'soon'")]
    [InlineData("--to", "2012-02-30", "'to' must be a year such as 2010 or a day")]
    [InlineData("--programme-period", "no-such-programme", "No programme has the slug 'no-such-programme'")]
    public async Task Export_with_a_bad_parameter_exits_2_naming_it(string option, string value, string message)
    {
        (int exit, string output) = await RunAsync(["export", option, value, "--output", Path.Combine(_directory, "x.graphml"), Database]);

        Assert.Equal(2, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_directory, "x.graphml")));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<(int ExitCode, string Output)> RunAsync(string[] arguments) =>
        await ExternalProcess.RunAsync("dotnet", [RepositoryPaths.ServerAssembly, .. arguments], _directory, TimeSpan.FromMinutes(3));
}
