namespace CreativeGraph.Api.Tests;

/// <summary>
/// A real client: Apollo Client (npm) runs the README's example queries against the running server
/// (ApolloClient/readme-examples.test.mjs), including variables and an error case, and uses its persisted-query link
/// for automatic persisted queries over POST and GET (ApolloClient/persisted-queries.test.mjs, issue 17).
/// </summary>
[Collection(RunningServerCollection.Name)]
public sealed class ApolloClientTests(RunningServer server)
{
    private static readonly string s_clientDirectory = Path.Combine(RepositoryPaths.Root, "tests", "CreativeGraph.Api.Tests", "ApolloClient");

    [Fact]
    public Task Apollo_Client_runs_the_README_examples() => RunAsync("readme-examples.test.mjs");

    [Fact]
    public Task Apollo_Client_uses_automatic_persisted_queries() => RunAsync("persisted-queries.test.mjs");

    private async Task RunAsync(string testFile)
    {
        if (!File.Exists(Path.Combine(s_clientDirectory, "node_modules", "@apollo", "client", "package.json")))
        {
            (int installExit, string installOutput) = await ExternalProcess.RunAsync(
                "npm", ["ci", "--no-audit", "--no-fund"], s_clientDirectory, TimeSpan.FromMinutes(5));
            Assert.True(installExit == 0, "npm ci failed:\n" + ExternalProcess.Tail(installOutput));
        }

        (int exitCode, string output) = await ExternalProcess.RunAsync(
            "node",
            ["--test", testFile],
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
