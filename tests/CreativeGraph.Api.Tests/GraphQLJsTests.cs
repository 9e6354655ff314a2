namespace CreativeGraph.Api.Tests;

/// <summary>
/// Independent judges from the test project's own pinned npm packages (GraphQLJs/package-lock.json): graphql-http's
/// GraphQL-over-HTTP audit (every MUST and SHOULD) and graphql-js's introspection round trip, which must find the
/// schema valid and equal to schema/schema.graphql, both against the real server.
/// </summary>
[Collection(RunningServerCollection.Name)]
public sealed class GraphQLJsTests(RunningServer server)
{
    [SkippableFact]
    public async Task The_graphql_http_audit_passes_every_MUST_and_SHOULD() =>
        await RunAsync("http-audit.test.mjs");

    [SkippableFact]
    public async Task Graphql_js_introspects_a_valid_schema_equal_to_the_SDL_contract() =>
        await RunAsync("introspection.test.mjs");

    private Task<string> RunAsync(string file) =>
        NodeTests.RunAsync("GraphQLJs", [file], new Dictionary<string, string>
        {
            ["GRAPHQL_URL"] = server.GraphQLEndpoint.ToString(),
            ["SCHEMA_FILE"] = RepositoryPaths.SchemaFile,
        });
}
