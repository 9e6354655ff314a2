using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using static CreativeGraph.GraphQL.AspNetCore.Tests.AuditContext;

namespace CreativeGraph.GraphQL.AspNetCore.Tests;

// Trusted documents by id and Apollo's automatic persisted queries (issue 17).
public sealed class PersistedOperationTests : IDisposable
{
    private const string Trusted = "query Greeting { hello(name: \"trusted\") }\n";
    private const string Other = "{ hello(name: \"apq\") }";
    private readonly string _folder = Directory.CreateTempSubdirectory("trusted-documents-").FullName;

    public PersistedOperationTests()
    {
        File.WriteAllText(Path.Combine(_folder, "Greeting.graphql"), Trusted);
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "{ boom }");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("id", false)]
    [InlineData("id", true)]
    [InlineData("documentId", true)]
    public async Task Runs_a_trusted_document_by_its_hash_over_POST(string property, bool prefixed)
    {
        await using GraphQLTestHost host = await StartAsync();
        using HttpClient client = host.CreateClient();
        string id = (prefixed ? "sha256:" : string.Empty) + Sha256(Trusted);

        HttpResponseMessage response = await PostAsync(client, new JsonObject { [property] = id });

        Status(response, HttpStatusCode.OK);
        Assert.Equal("""{"data":{"hello":"Hello, trusted"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Runs_a_trusted_document_by_its_hash_over_GET()
    {
        await using GraphQLTestHost host = await StartAsync();
        using HttpClient client = host.CreateClient();

        HttpResponseMessage response = await client.GetAsync($"/graphql?id=sha256:{Sha256(Trusted).ToUpperInvariant()}");

        Status(response, HttpStatusCode.OK);
        Assert.Equal("""{"data":{"hello":"Hello, trusted"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("sha256:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("Greeting")]
    public async Task Refuses_an_unknown_id_with_HC0020(string id)
    {
        await using GraphQLTestHost host = await StartAsync();
        using HttpClient client = host.CreateClient();

        HttpResponseMessage response = await PostAsync(client, new JsonObject { ["id"] = id }, GraphQLResponseJson);

        Status(response, HttpStatusCode.BadRequest);
        JsonElement error = (await BodyAsync(response)).GetProperty("errors")[0];
        Assert.Equal("HC0020", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(id, error.GetProperty("extensions").GetProperty("requestedKey").GetString());
    }

    [Fact]
    public async Task Only_trusted_documents_run_when_so_configured()
    {
        await using GraphQLTestHost host = await StartAsync(o => o.OnlyAllowPersistedDocuments = true);
        using HttpClient client = host.CreateClient();

        HttpResponseMessage refused = await PostAsync(client, new JsonObject { ["query"] = Other }, GraphQLResponseJson);
        HttpResponseMessage trustedText = await PostAsync(client, new JsonObject { ["query"] = Trusted });
        HttpResponseMessage byId = await PostAsync(client, new JsonObject { ["id"] = Sha256(Trusted) });
        HttpResponseMessage apq = await PostAsync(client, Apq(Other, Sha256(Other)), GraphQLResponseJson);

        Status(refused, HttpStatusCode.BadRequest);
        await RequestErrorAsync(refused, "HC0067");
        Assert.Equal("""{"data":{"hello":"Hello, trusted"}}""", await trustedText.Content.ReadAsStringAsync());
        Assert.Equal("""{"data":{"hello":"Hello, trusted"}}""", await byId.Content.ReadAsStringAsync());
        await RequestErrorAsync(apq, "HC0067");
    }

    [Fact]
    public async Task Automatic_persisted_query_registers_on_hash_and_query_then_runs_by_hash_alone()
    {
        await using GraphQLTestHost host = await StartAsync();
        using HttpClient client = host.CreateClient();
        string hash = Sha256(Other);

        HttpResponseMessage unknown = await PostAsync(client, Apq(null, hash), GraphQLResponseJson);
        HttpResponseMessage register = await PostAsync(client, Apq(Other, hash));
        HttpResponseMessage byHash = await client.GetAsync("/graphql?extensions=" + Uri.EscapeDataString(Apq(null, hash)["extensions"]!.ToJsonString()));

        Status(unknown, HttpStatusCode.BadRequest);
        Assert.Equal(
            """{"errors":[{"message":"PersistedQueryNotFound","extensions":{"code":"PERSISTED_QUERY_NOT_FOUND"}}]}""",
            await unknown.Content.ReadAsStringAsync());
        Assert.Equal("""{"data":{"hello":"Hello, apq"}}""", await register.Content.ReadAsStringAsync());
        Status(byHash, HttpStatusCode.OK);
        Assert.Equal("""{"data":{"hello":"Hello, apq"}}""", await byHash.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Automatic_persisted_query_refuses_a_hash_that_is_not_the_querys_and_stores_nothing()
    {
        await using GraphQLTestHost host = await StartAsync();
        using HttpClient client = host.CreateClient();
        string hash = Sha256(Trusted + " ");

        HttpResponseMessage mismatch = await PostAsync(client, Apq(Other, hash), GraphQLResponseJson);
        HttpResponseMessage after = await PostAsync(client, Apq(null, hash), GraphQLResponseJson);

        Status(mismatch, HttpStatusCode.BadRequest);
        await RequestErrorAsync(mismatch, "PERSISTED_QUERY_HASH_MISMATCH");
        await RequestErrorAsync(after, "PERSISTED_QUERY_NOT_FOUND");
    }

    [Fact]
    public async Task Automatic_persisted_query_does_not_store_a_document_that_fails_validation()
    {
        await using GraphQLTestHost host = await StartAsync();
        using HttpClient client = host.CreateClient();
        const string Broken = "{ nowhere }";

        HttpResponseMessage invalid = await PostAsync(client, Apq(Broken, Sha256(Broken)), GraphQLResponseJson);
        HttpResponseMessage after = await PostAsync(client, Apq(null, Sha256(Broken)), GraphQLResponseJson);

        Status(invalid, HttpStatusCode.BadRequest);
        await RequestErrorAsync(after, "PERSISTED_QUERY_NOT_FOUND");
    }

    [Theory]
    [InlineData("""{"version":2,"sha256Hash":"HASH"}""")]
    [InlineData("""{"version":1}""")]
    [InlineData("""{"version":1,"sha256Hash":"sha256:HASH"}""")]
    [InlineData("""{"version":1,"sha256Hash":"abc"}""")]
    [InlineData("\"HASH\"")]
    public async Task Refuses_a_malformed_persisted_query_extension(string extension)
    {
        await using GraphQLTestHost host = await StartAsync();
        using HttpClient client = host.CreateClient();
        JsonObject body = new() { ["extensions"] = new JsonObject { ["persistedQuery"] = JsonNode.Parse(extension.Replace("HASH", Sha256(Other), StringComparison.Ordinal)) } };

        HttpResponseMessage response = await PostAsync(client, body, GraphQLResponseJson);

        Status(response, HttpStatusCode.BadRequest);
        await RequestErrorAsync(response, "PERSISTED_QUERY_INVALID");
    }

    [Fact]
    public async Task Without_automatic_persisted_queries_a_hash_alone_is_not_supported()
    {
        await using GraphQLTestHost host = await StartAsync(o => o.EnableAutomaticPersistedQueries = false);
        using HttpClient client = host.CreateClient();

        HttpResponseMessage hashOnly = await PostAsync(client, Apq(null, Sha256(Other)), GraphQLResponseJson);
        HttpResponseMessage withQuery = await PostAsync(client, Apq(Other, Sha256(Other)));

        await RequestErrorAsync(hashOnly, "PERSISTED_QUERY_NOT_SUPPORTED");
        Assert.Equal("""{"data":{"hello":"Hello, apq"}}""", await withQuery.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_request_with_neither_query_nor_id_is_still_HC0013()
    {
        await using GraphQLTestHost host = await StartAsync();
        using HttpClient client = host.CreateClient();

        await RequestErrorAsync(await PostAsync(client, new JsonObject { ["operationName"] = "Greeting" }, GraphQLResponseJson), "HC0013");
    }

    [Fact]
    public async Task A_configured_folder_that_does_not_exist_stops_the_start()
    {
        string missing = Path.Combine(_folder, "missing");
        await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(o => o.Directories.Add(missing)));
    }

    private Task<GraphQLTestHost> StartAsync(Action<PersistedOperationOptions>? configure = null) =>
        GraphQLTestHost.StartAsync(services =>
        {
            services.AddGraphQLServer(new RecordingRequestExecutor());
            services.Configure<PersistedOperationOptions>(o =>
            {
                o.Directories.Add(_folder);
                configure?.Invoke(o);
            });
        });

    private static JsonObject Apq(string? query, string hash)
    {
        JsonObject body = new() { ["extensions"] = new JsonObject { ["persistedQuery"] = new JsonObject { ["version"] = 1, ["sha256Hash"] = hash } } };
        if (query is not null)
        {
            body["query"] = query;
        }

        return body;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, JsonObject body, string? accept = null) =>
        SendAsync(client, HttpMethod.Post, "/graphql", body.ToJsonString(), accept, Json);

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
