namespace CreativeGraph.Api.Tests;

/// <summary>
/// The external judges (../shared/conformance): the graphql-http audit, the graphql-js introspection round trip
/// against schema/schema.graphql, and the differential validation and parse fuzzers, against the real server.
/// Zero failures is the bar.
/// </summary>
[Collection(RunningServerCollection.Name)]
public sealed class ConformanceTests(RunningServer server)
{
    [Fact]
    public async Task The_server_passes_every_conformance_check()
    {
        string script = Path.Combine(RepositoryPaths.Shared, "conformance", "run.sh");
        Assert.True(File.Exists(script), $"The conformance suite is missing: {script} (shared/ must sit beside the clone).");

        (int exitCode, string output) = await ExternalProcess.RunAsync(
            "bash",
            [script, server.GraphQLEndpoint.ToString(), RepositoryPaths.SchemaFile],
            RepositoryPaths.Root,
            TimeSpan.FromMinutes(20));

        Assert.True(exitCode == 0, "Conformance checks failed:\n" + ExternalProcess.Tail(output, 120));
        Assert.Contains("4 passed, 0 failed", output, StringComparison.Ordinal);
    }
}
