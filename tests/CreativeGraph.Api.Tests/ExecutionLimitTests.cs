using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CreativeGraph.Api.Tests;

/// <summary>
/// The execution timeout against the real server: a document that would run for minutes ends with HC0045, database
/// work included, while the server goes on answering other requests. How long it took is not asserted: the engine's
/// own tests show the timeout's cancellation reaching every resolver, and a clock under a loaded test run proves nothing.
/// </summary>
[Collection(LimitsServerCollection.Name)]
public sealed class ExecutionTimeoutServerTests(LimitsServer server)
{
    [Fact]
    public async Task A_thousand_aliased_searches_end_with_HC0045_within_the_timeout_while_others_are_answered()
    {
        // Each search scans every name of the graph: about a minute of SQLite work in all without the timeout.
        string hostile = "{ " + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"a{i}: search(term: \"1\") {{ totalCount }} ")) + "}";
        using HttpClient client = new() { Timeout = TimeSpan.FromSeconds(120) };

        Task<HttpResponseMessage> running = client.PostAsJsonAsync(server.GraphQLEndpoint, new { query = hostile });
        await Task.Delay(300);
        using HttpResponseMessage other = await client.PostAsJsonAsync(server.GraphQLEndpoint, new { query = "{ regions(first: 1) { nodes { name } } }" });
        bool answeredMeanwhile = !running.IsCompleted;
        using HttpResponseMessage response = await running;

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Contains("\"regions\":{\"nodes\":[{\"name\":", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(answeredMeanwhile, "the other request was answered only after the hostile one");
        using JsonDocument json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        JsonElement error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("HC0045", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(json.RootElement.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task The_server_answers_normally_after_a_request_timed_out()
    {
        string hostile = "{ " + string.Concat(Enumerable.Range(0, 300).Select(i => $"a{i}: search(term: \"2\") {{ totalCount }} ")) + "}";
        using HttpClient client = new() { Timeout = TimeSpan.FromSeconds(120) };

        using HttpResponseMessage timedOut = await client.PostAsJsonAsync(server.GraphQLEndpoint, new { query = hostile });
        using HttpResponseMessage after = await client.PostAsJsonAsync(server.GraphQLEndpoint, new { query = "{ a: search(term: \"2\") { totalCount } }" });

        Assert.Contains("\"HC0045\"", await timedOut.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Matches("""^\{"data":\{"a":\{"totalCount":\d+\}\}\}$""", await after.Content.ReadAsStringAsync());
    }
}

/// <summary>Input lists past <c>MaxInputListLength</c> (1 000 by default) are refused before execution with HC0097.</summary>
[Collection(RunningServerCollection.Name)]
public sealed class InputListLimitServerTests(RunningServer server)
{
    [Fact]
    public async Task An_in_list_of_thirty_thousand_variable_elements_is_refused_at_once()
    {
        string[] acronyms = [.. Enumerable.Range(0, 30_000).Select(i => "A" + i)];

        (HttpStatusCode status, JsonElement error) = await PostAsync(
            "query Q($a: [String]) { partners(where: { acronym: { in: $a } }) { totalCount } }",
            new Dictionary<string, object?> { ["a"] = acronyms });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("HC0097", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(
            "The list in variable \"$a\" has 30000 elements, more than the 1000 allowed in one input list (MaxInputListLength).",
            error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_list_literal_nested_in_a_filter_is_refused()
    {
        string names = string.Join(", ", Enumerable.Range(0, 1_001).Select(i => $"\"n{i}\""));

        (HttpStatusCode status, JsonElement error) = await PostAsync(
            $"{{ partners(where: {{ or: [{{ name: {{ nin: [{names}] }} }}] }}) {{ totalCount }} }}",
            null);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("HC0097", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(1000, error.GetProperty("extensions").GetProperty("maxInputListLength").GetInt32());
    }

    [Fact]
    public async Task A_list_argument_of_search_is_refused()
    {
        string[] types = [.. Enumerable.Repeat("REGION", 1_001)];

        (HttpStatusCode status, JsonElement error) = await PostAsync(
            "query Q($t: [SearchableType!]) { search(term: \"pecs\", types: $t) { totalCount } }",
            new Dictionary<string, object?> { ["t"] = types });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("HC0097", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_thousand_aliased_searches_are_refused_by_cost_before_they_run()
    {
        string hostile = "{ " + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"a{i}: search(term: \"1\") {{ totalCount }} ")) + "}";

        (HttpStatusCode status, JsonElement error) = await PostAsync(hostile, null);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("HC0047", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(50_000, error.GetProperty("extensions").GetProperty("fieldCost").GetDouble());
    }

    private async Task<(HttpStatusCode Status, JsonElement Error)> PostAsync(string query, IReadOnlyDictionary<string, object?>? variables)
    {
        using HttpClient client = new() { Timeout = TimeSpan.FromSeconds(60) };
        using HttpResponseMessage response = await client.PostAsJsonAsync(server.GraphQLEndpoint, new { query, variables });
        string body = await response.Content.ReadAsStringAsync();
        using JsonDocument json = JsonDocument.Parse(body);
        Assert.False(json.RootElement.TryGetProperty("data", out _), "a refused request has no data entry: " + body[..Math.Min(body.Length, 500)]);
        return (response.StatusCode, json.RootElement.GetProperty("errors")[0].Clone());
    }
}

/// <summary>
/// In Production, a statement that fails in the database leaves its parameter values out of the log (EF Core's
/// sensitive-data logging is never enabled). The list is allowed through here so that it reaches SQLite, which
/// refuses more than 32 766 parameters.
/// </summary>
[Collection(LongListServerCollection.Name)]
public sealed class ProductionLogServerTests(LongListServer server)
{
    [Fact]
    public async Task A_failing_statement_logs_no_parameter_values()
    {
        string[] names = [.. Enumerable.Range(0, 33_000).Select(i => $"secret-name-{i:D5}")];
        using HttpClient client = new() { Timeout = TimeSpan.FromSeconds(120) };

        using HttpResponseMessage response = await client.PostAsJsonAsync(
            server.GraphQLEndpoint,
            new { query = "query Q($n: [String]) { partners(where: { name: { in: $n } }) { totalCount } }", variables = new { n = names } });
        string body = await response.Content.ReadAsStringAsync();
        string log = await WaitForLogAsync("Failed executing DbCommand");

        Assert.Contains("\"HC0001\"", body, StringComparison.Ordinal);
        Assert.Contains("Failed executing DbCommand", log, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-name-", log, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-name-", body, StringComparison.Ordinal);
    }

    // The server's output arrives through a pipe, a moment after the response.
    private async Task<string> WaitForLogAsync(string expected)
    {
        Stopwatch waited = Stopwatch.StartNew();
        string log;
        do
        {
            log = string.Join('\n', server.Output);
            if (log.Contains(expected, StringComparison.Ordinal))
            {
                break;
            }

            await Task.Delay(100);
        }
        while (waited.Elapsed < TimeSpan.FromSeconds(10));

        return log;
    }
}
