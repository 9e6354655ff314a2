namespace CreativeGraph.Api.Tests;

/// <summary>
/// Real clients: Apollo Client (npm, pinned in ApolloClient/package-lock.json) runs the README's example queries
/// against the running server (ApolloClient/readme-examples.test.mjs), including variables and an error case, and uses
/// its persisted-query link for automatic persisted queries over POST and GET (ApolloClient/persisted-queries.test.mjs);
/// meros reads @defer and @stream over multipart/mixed (ApolloClient/defer-multipart.test.mjs and
/// ApolloClient/stream-multipart.test.mjs, which also read text/event-stream).
/// </summary>
[Collection(RunningServerCollection.Name)]
public sealed class ApolloClientTests(RunningServer server)
{
    [SkippableFact]
    public async Task Apollo_Client_runs_the_README_examples() => await RunAsync("readme-examples.test.mjs");

    [SkippableFact]
    public async Task Apollo_Client_uses_automatic_persisted_queries() => await RunAsync("persisted-queries.test.mjs");

    [SkippableFact]
    public async Task Meros_reads_deferred_payloads_over_multipart_and_event_stream() => await RunAsync("defer-multipart.test.mjs");

    [SkippableFact]
    public async Task Meros_reads_streamed_list_items_over_multipart_and_event_stream() => await RunAsync("stream-multipart.test.mjs");

    private Task<string> RunAsync(string testFile) =>
        NodeTests.RunAsync("ApolloClient", [testFile], new Dictionary<string, string>
        {
            ["GRAPHQL_URL"] = server.GraphQLEndpoint.ToString(),
            ["README_PATH"] = Path.Combine(RepositoryPaths.Root, "README.md"),
        });
}
