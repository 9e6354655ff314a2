using System.Net.Http.Json;
using System.Text.Json;

namespace CreativeGraph.Api.Tests;

/// <summary>Posts a query to a running server and returns its <c>data</c>, failing the test on any error.</summary>
internal static class GraphQLData
{
    public static async Task<JsonElement> QueryAsync(this RunningServer server, string query, object? variables = null)
    {
        using HttpClient client = new();
        using HttpResponseMessage response = await client.PostAsJsonAsync(server.GraphQLEndpoint, new { query, variables });
        JsonElement body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(body.TryGetProperty("errors", out JsonElement errors), errors.ToString());
        return body.GetProperty("data");
    }
}
