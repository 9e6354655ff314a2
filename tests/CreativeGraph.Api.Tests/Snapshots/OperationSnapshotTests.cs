using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CreativeGraph.Api.Tests.Snapshots;

/// <summary>
/// Every operation kept in <c>schema/operations/*.graphql</c> (variables in the <c>.json</c> file of the same name)
/// runs through the real HTTP endpoint on each provider. One snapshot per operation and provider holds, in
/// HotChocolate's manner, the operation, the SQL the provider ran with its parameters, and the response (status,
/// content type, body): <c>__snapshots__/&lt;Provider&gt;OperationSnapshotTests.Operation_matches_its_snapshot_&lt;Name&gt;.snap</c>.
/// A first line <c># api-key: researcher</c> (or <c>reader</c>) sends the test API key with (or without) the
/// personal-data right. The statements are grouped by the context rental that ran them (<see cref="SqlOrder.ByRental"/>):
/// sibling loaders run concurrently, so their interleaving depends on the database's timing.
/// </summary>
public abstract class OperationSnapshotTests<TServer>(TServer server)
    where TServer : SnapshotServer
{
    private static readonly string s_operations = Path.Combine(RepositoryPaths.Root, "schema", "operations");

    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<string> Operations()
    {
        TheoryData<string> names = [];
        foreach (string file in Directory.GetFiles(s_operations, "*.graphql").Order(StringComparer.Ordinal))
        {
            names.Add(Path.GetFileNameWithoutExtension(file));
        }

        return names;
    }

    [SkippableTheory]
    [MemberData(nameof(Operations))]
    public async Task Operation_matches_its_snapshot(string name)
    {
        OptionalTool.Require(server.Unavailable is null, server.Unavailable ?? "");
        string document = File.ReadAllText(Path.Combine(s_operations, name + ".graphql")).ReplaceLineEndings("\n");
        string variablesFile = Path.Combine(s_operations, name + ".json");
        JsonNode? variables = File.Exists(variablesFile) ? JsonNode.Parse(File.ReadAllText(variablesFile)) : null;
        JsonObject body = new() { ["query"] = document, ["variables"] = variables?.DeepClone() };

        using HttpClient client = new();
        using HttpRequestMessage request = new(HttpMethod.Post, server.GraphQLEndpoint)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        switch (ApiKey(document))
        {
            case "researcher":
                request.Headers.Add("X-Api-Key", server.ResearcherApiKey);
                break;
            case "reader":
                request.Headers.Add("X-Api-Key", server.ReaderApiKey);
                break;
            case { } other:
                throw new InvalidOperationException($"{name}.graphql asks for the unknown test API key \"{other}\".");
        }

        server.Sql.Clear();
        using HttpResponseMessage response = await client.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        using JsonDocument json = JsonDocument.Parse(text);

        OperationSnapshot snapshot = new OperationSnapshot().Section($"Operation (POST /graphql, schema/operations/{name}.graphql)", document);
        if (variables is not null)
        {
            snapshot.Section("Variables", variables.ToJsonString(s_indented));
        }

        // Sibling fields and their loaders run concurrently, so their statements are listed rental by rental.
        snapshot.Sql(server.ProviderName, server.Sql.Statements(SqlOrder.ByRental), SqlOrder.ByRental)
            .Section($"Result ({(int)response.StatusCode} {response.Content.Headers.ContentType})", JsonSerializer.Serialize(json.RootElement, s_indented));
        // Named after the concrete class, so each provider has its own file beside this source file.
        snapshot.Match($"{GetType().Name}.Operation_matches_its_snapshot_{name}.snap", SourceFolder());
    }

    private static string SourceFolder([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;

    private static string? ApiKey(string document) =>
        document.StartsWith("# api-key: ", StringComparison.Ordinal) ? document[11..document.IndexOf('\n', StringComparison.Ordinal)].Trim() : null;
}

/// <summary>The operations on SQLite.</summary>
public sealed class SqliteOperationSnapshotTests(SqliteSnapshotServer server)
    : OperationSnapshotTests<SqliteSnapshotServer>(server), IClassFixture<SqliteSnapshotServer>
{
    [Fact]
    public void There_are_at_least_twenty_operations() => Assert.True(Operations().Count >= 20, $"only {Operations().Count} operations");
}

/// <summary>The operations on PostgreSQL; skipped with the reason where no server is configured, required under CI=true.</summary>
public sealed class PostgresOperationSnapshotTests(PostgresSnapshotServer server)
    : OperationSnapshotTests<PostgresSnapshotServer>(server), IClassFixture<PostgresSnapshotServer>;
