namespace CreativeGraph.Api.Tests;

/// <summary>
/// Real clients: Apollo Client (npm) runs the README's example queries against the running server
/// (ApolloClient/readme-examples.test.mjs), including variables and an error case; meros reads @defer over
/// multipart/mixed (ApolloClient/defer-multipart.test.mjs, which also reads text/event-stream).
/// </summary>
[Collection(RunningServerCollection.Name)]
public sealed class ApolloClientTests(RunningServer server)
{
    private static readonly string s_clientDirectory = Path.Combine(RepositoryPaths.Root, "tests", "CreativeGraph.Api.Tests", "ApolloClient");

    [Fact]
    public async Task Apollo_Client_runs_the_README_examples_and_meros_reads_deferred_payloads()
    {
        if (!File.Exists(Path.Combine(s_clientDirectory, "node_modules", "@apollo", "client", "package.json"))
            || !File.Exists(Path.Combine(s_clientDirectory, "node_modules", "meros", "package.json")))
        {
            (int installExit, string installOutput) = await ExternalProcess.RunAsync(
                "npm", ["ci", "--no-audit", "--no-fund"], s_clientDirectory, TimeSpan.FromMinutes(5));
            Assert.True(installExit == 0, "npm ci failed:\n" + ExternalProcess.Tail(installOutput));
        }

        (int exitCode, string output) = await ExternalProcess.RunAsync(
            "node",
            ["--test", "readme-examples.test.mjs", "defer-multipart.test.mjs"],
            s_clientDirectory,
            TimeSpan.FromMinutes(5),
            new Dictionary<string, string>
            {
                ["GRAPHQL_URL"] = server.GraphQLEndpoint.ToString(),
                ["README_PATH"] = Path.Combine(RepositoryPaths.Root, "README.md"),
            });

        Assert.True(exitCode == 0, "Apollo Client tests failed:\n" + ExternalProcess.Tail(output, 80));
        Assert.Contains("# fail 0", output, StringComparison.Ordinal);
    }
}
