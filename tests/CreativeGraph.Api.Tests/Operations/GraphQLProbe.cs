using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CreativeGraph.Api.Tests.Operations;

/// <summary>Posts a query to a server under test and returns the status and the parsed response.</summary>
internal static class GraphQLProbe
{
    /// <summary>What every instance must agree on: counts and keys of the seeded graph.</summary>
    public const string GraphSummary =
        "{ sources { totalCount } regions(first: 50, order: [{ slug: ASC }]) { totalCount nodes { id slug } } " +
        "partners { totalCount } projects { totalCount } forums { totalCount } search(term: \"creative\") { totalCount } }";

    public static async Task<(int Status, JsonNode Body)> PostAsync(Uri baseAddress, string query, TimeSpan? timeout = null)
    {
        using HttpClient client = new() { Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        using HttpRequestMessage request = new(HttpMethod.Post, new Uri(baseAddress, "/graphql")) { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using HttpResponseMessage response = await client.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonNode.Parse(text) ?? throw new JsonException("empty response"));
    }

    /// <summary>The codes of the response's errors.</summary>
    public static IReadOnlyList<string?> ErrorCodes(JsonNode body) =>
        body["errors"]?.AsArray().Select(e => e?["extensions"]?["code"]?.GetValue<string>()).ToList() ?? [];

    public static async Task<int> StatusAsync(Uri baseAddress, string path)
    {
        using HttpClient client = new() { Timeout = TimeSpan.FromSeconds(10) };
        using HttpResponseMessage response = await client.GetAsync(new Uri(baseAddress, path));
        return (int)response.StatusCode;
    }

    /// <summary>Polls <paramref name="path"/> until it answers <paramref name="status"/>; returns false when time runs out.</summary>
    public static async Task<bool> WaitForStatusAsync(Uri baseAddress, string path, int status, TimeSpan timeout)
    {
        System.Diagnostics.Stopwatch waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < timeout)
        {
            try
            {
                if (await StatusAsync(baseAddress, path) == status)
                {
                    return true;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // not answering at the moment
            }

            await Task.Delay(250);
        }

        return false;
    }
}
