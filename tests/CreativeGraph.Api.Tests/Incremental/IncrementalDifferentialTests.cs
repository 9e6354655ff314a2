using System.Text.Json;
using System.Text.Json.Nodes;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Api.Tests.Incremental;

/// <summary>
/// Differential test of incremental delivery against graphql-js 17 (npm <c>graphql17</c>, pinned in
/// GraphQLJs/package-lock.json): generated and hand-varied documents with <c>@defer</c> and <c>@stream</c> run in
/// our engine in-process; graphql-js runs the same documents over the same schema and rules in node
/// (GraphQLJs/incremental-differential.test.mjs) and compares the merged final result, the initial payload, and
/// every announced fragment or stream with how it completed. Payload boundaries after the first are the server's
/// choice under the RFC and are not compared.
/// </summary>
public sealed class IncrementalDifferentialTests
{
    private const int GeneratedDocuments = 300;

    private static readonly (string Query, Dictionary<string, object?>? Variables)[] s_handVaried =
    [
        ("{ items @stream(initialCount: 2, label: \"rest\") { id name } }", null),
        ("{ items @stream(initialCount: 5) { id } nonNullItems @stream(initialCount: 6) { id } }", null),
        ("{ items @stream { id } }", null),
        ("{ items @stream(initialCount: -1) { id } hero { id } }", null),
        ("{ nonNullItems @stream(initialCount: -1) { id } hero { id } }", null),
        ("{ nonNullItems @stream(initialCount: 1) { id even friends @stream { id } } }", null),
        ("{ nonNullItems @stream(initialCount: 3) { id even } }", null),
        ("{ items @stream(initialCount: 1) { id ... @defer(label: \"d\") { name } } }", null),
        ("{ items @stream(initialCount: 1) { id tags @stream(initialCount: 1) } hero { ... @defer { name } } }", null),
        ("{ hero { ... @defer { friends @stream(initialCount: 1) { id friends @stream(initialCount: 2) { id } } } } }", null),
        ("{ items { id even friends @stream(initialCount: 2) { id } } }", null),
        ("{ items @stream(initialCount: 0) { id boom friends @stream(initialCount: 1) { id boom } } }", null),
        ("query($s: Boolean!, $n: Int!) { items @stream(if: $s, initialCount: $n) { id } }", new() { ["s"] = true, ["n"] = 3 }),
        ("query($s: Boolean!, $n: Int!) { items @stream(if: $s, initialCount: $n) { id } }", new() { ["s"] = false, ["n"] = 1 }),
        ("query($n: Int!) { items @stream(initialCount: $n) { id } }", new() { ["n"] = -2 }),
        ("{ hero { friends @stream(initialCount: 1) { id ... @defer { even friends @stream { id } } } } }", null),
    ];

    [SkippableFact]
    public async Task Graphql_js_17_delivers_the_same_results_for_defer_and_stream()
    {
        OptionalTool.RequireNode();
        Schema schema = IncrementalTestSchema.Build();
        RequestExecutor executor = new(schema);
        IncrementalDocumentGenerator generator = new(seed: 17);
        IEnumerable<(string Query, Dictionary<string, object?>? Variables)> documents =
            s_handVaried.Concat(Enumerable.Range(0, GeneratedDocuments).Select(_ => (generator.Next(), (Dictionary<string, object?>?)null)));

        JsonArray cases = [];
        foreach ((string query, Dictionary<string, object?>? variables) in documents)
        {
            List<string> payloads = await IncrementalPayloads.RunAsync(executor, new GraphQLRequest { Query = query, Variables = variables, EnableIncrementalDelivery = true });
            Assert.True(payloads[0].Contains("\"data\"", StringComparison.Ordinal), $"The document must execute: {query}\n{payloads[0]}");
            cases.Add(new JsonObject
            {
                ["query"] = query,
                ["variables"] = JsonSerializer.SerializeToNode(variables ?? []),
                ["payloads"] = new JsonArray([.. payloads.Select(p => JsonNode.Parse(p))]),
            });
        }

        string file = Path.Combine(Path.GetTempPath(), $"creativegraph-incremental-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, new JsonObject { ["sdl"] = SchemaPrinter.Print(schema), ["cases"] = cases }.ToJsonString());
        try
        {
            await NodeTests.RunAsync("GraphQLJs", ["incremental-differential.test.mjs"], new Dictionary<string, string> { ["CASES_FILE"] = file });
        }
        finally
        {
            File.Delete(file);
        }
    }
}
