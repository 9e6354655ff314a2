namespace CreativeGraph.Api.Tests;

/// <summary>
/// A real client: Apollo Client (npm, pinned in ApolloClient/package-lock.json) runs the README's example queries
/// against the running server (ApolloClient/readme-examples.test.mjs), including variables and an error case.
/// </summary>
[Collection(RunningServerCollection.Name)]
public sealed class ApolloClientTests(RunningServer server)
{
    [SkippableFact]
    public async Task Apollo_Client_runs_the_README_examples() =>
        await NodeTests.RunAsync("ApolloClient", ["readme-examples.test.mjs"], new Dictionary<string, string>
        {
            ["GRAPHQL_URL"] = server.GraphQLEndpoint.ToString(),
            ["README_PATH"] = Path.Combine(RepositoryPaths.Root, "README.md"),
        });
}
