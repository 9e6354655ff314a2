using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Snapshooter;
using Snapshooter.Xunit;

namespace CreativeGraph.Api.Tests.Snapshots;

/// <summary>
/// Every operation kept in <c>schema/operations/*.graphql</c> (variables in the <c>.json</c> file of the same name)
/// runs through the real HTTP endpoint, and its status, content type and response are snapshotted, one snapshot per
/// operation: <c>__snapshots__/OperationSnapshotTests.Operation_matches_its_snapshot_&lt;Name&gt;.snap</c>.
/// A first line <c># api-key: researcher</c> (or <c>reader</c>) sends the test API key with (or without) the
/// personal-data right.
/// </summary>
[Collection(RunningServerCollection.Name)]
public sealed class OperationSnapshotTests(RunningServer server)
{
    private static readonly JsonSerializerOptions s_indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly string s_operations = Path.Combine(RepositoryPaths.Root, "schema", "operations");

    public static TheoryData<string> Operations()
    {
        TheoryData<string> names = [];
        foreach (string file in Directory.GetFiles(s_operations, "*.graphql").Order(StringComparer.Ordinal))
        {
            names.Add(Path.GetFileNameWithoutExtension(file));
        }

        return names;
    }

    [Fact]
    public void There_are_at_least_twenty_operations() => Assert.True(Operations().Count >= 20, $"only {Operations().Count} operations in {s_operations}");

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_matches_its_snapshot(string name)
    {
        string document = File.ReadAllText(Path.Combine(s_operations, name + ".graphql")).ReplaceLineEndings("\n");
        string variablesFile = Path.Combine(s_operations, name + ".json");
        JsonObject body = new() { ["query"] = document };
        if (File.Exists(variablesFile))
        {
            body["variables"] = JsonNode.Parse(File.ReadAllText(variablesFile));
        }

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

        using HttpResponseMessage response = await client.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        using JsonDocument json = JsonDocument.Parse(text);

        string snapshot =
            $"POST /graphql — schema/operations/{name}.graphql\n" +
            $"{(int)response.StatusCode} {response.Content.Headers.ContentType}\n" +
            JsonSerializer.Serialize(json.RootElement, s_indented) + "\n";
        snapshot.MatchSnapshot(SnapshotNameExtension.Create(name));
    }

    private static string? ApiKey(string document) =>
        document.StartsWith("# api-key: ", StringComparison.Ordinal) ? document[11..document.IndexOf('\n', StringComparison.Ordinal)].Trim() : null;
}
