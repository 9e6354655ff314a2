using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CreativeGraph.Api.Tests;

/// <summary>
/// Hostile documents against the real server and schema: each is refused by a limit with a coded GraphQL error
/// (HTTP 400, no data) instead of being executed, hanging or exhausting memory. The client's timeout is the
/// only clock here: these tests assert the answer, not a duration.
/// </summary>
[Collection(RunningServerCollection.Name)]
public sealed class HostileDocumentTests(RunningServer server)
{
    [Fact]
    public async Task Nesting_ten_thousand_selection_sets_deep_is_a_syntax_limit_error()
    {
        string query = "{ " + string.Concat(Enumerable.Repeat("regions { cities { region { ", 3_334)) + "name" + new string('}', 10_002) + " }";

        JsonElement error = await PostExpectingRequestErrorAsync(query);

        Assert.Equal("SYNTAX_NESTING_LIMIT_EXCEEDED", Code(error));
    }

    [Fact]
    public async Task Ten_thousand_aliases_exceed_the_token_limit()
    {
        string query = "{ " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"a{i}: regions {{ nodes {{ name }} }} ")) + "}";

        JsonElement error = await PostExpectingRequestErrorAsync(query);

        Assert.Equal("SYNTAX_TOKEN_LIMIT_EXCEEDED", Code(error));
    }

    [Fact]
    public async Task Fifteen_hundred_aliased_connections_are_refused_by_cost()
    {
        string query = "{ " + string.Concat(Enumerable.Range(0, 1_500).Select(i => $"a{i}: regions {{ nodes {{ name }} }} ")) + "}";

        JsonElement error = await PostExpectingRequestErrorAsync(query);

        Assert.Equal("HC0047", Code(error));
    }

    [Fact]
    public async Task A_fragment_fan_out_bomb_is_refused_by_cost_without_being_expanded()
    {
        // Each fragment spreads the next twice: 2^40 region selections if expanded.
        StringBuilder document = new("query Bomb { ...F0 }\n");
        for (int i = 0; i < 40; i++)
        {
            document.Append($"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}\n");
        }

        document.Append("fragment F40 on Query { regions { nodes { name } } }\n");

        JsonElement error = await PostExpectingRequestErrorAsync(document.ToString());

        Assert.Equal("HC0047", Code(error));
    }

    [Fact]
    public async Task A_query_deeper_than_the_execution_depth_limit_is_refused()
    {
        // 29 levels of fields; the server allows 25 (GraphQL:Execution:MaxExecutionDepth).
        string query = "{ region(slug: \"flanders\") { " + string.Concat(Enumerable.Repeat("country { regions { nodes { ", 9)) + "name" + new string('}', 28) + " }";

        JsonElement error = await PostExpectingRequestErrorAsync(query);

        Assert.Equal(
            "The GraphQL document has an execution depth of 29 which exceeds the max allowed execution depth of 25.",
            error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_page_larger_than_the_maximum_is_a_field_error_answered_quickly()
    {
        // Unlike the refusals above this is a field error (HC0051, as HotChocolate): HTTP 200, the field is null.
        using HttpClient client = new() { Timeout = TimeSpan.FromSeconds(10) };
        using HttpResponseMessage response = await client.PostAsJsonAsync(
            server.GraphQLEndpoint,
            new { query = "{ regions(first: 1000000000) { totalCount nodes { name } } }" });
        string body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        using JsonDocument json = JsonDocument.Parse(body);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("data").GetProperty("regions").ValueKind);
        JsonElement error = json.RootElement.GetProperty("errors")[0];
        Assert.Equal("HC0051", Code(error));
        Assert.Equal("""["regions"]""", error.GetProperty("path").GetRawText());
        Assert.Equal(1_000_000_000, error.GetProperty("extensions").GetProperty("requestedItems").GetInt32());
        Assert.Equal(50, error.GetProperty("extensions").GetProperty("maxAllowedItems").GetInt32());
    }

    private async Task<JsonElement> PostExpectingRequestErrorAsync(string query)
    {
        using HttpClient client = new() { Timeout = TimeSpan.FromSeconds(60) };
        using HttpResponseMessage response = await client.PostAsJsonAsync(server.GraphQLEndpoint, new { query });
        string body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400, got {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        using JsonDocument json = JsonDocument.Parse(body);
        Assert.False(json.RootElement.TryGetProperty("data", out _), "a refused request has no data entry");
        return json.RootElement.GetProperty("errors")[0].Clone();
    }

    private static string? Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString();
}
