using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CreativeGraph.GraphQL.Execution.Diagnostics;

namespace CreativeGraph.Api.Tests.Operations;

/// <summary>
/// The real server with Prometheus scraping on: after a few requests <c>/metrics</c> holds the engine's instruments
/// with the labels an operator filters by, their figures agree with what the responses said, and the request log
/// has one event per request with no value a client sent.
/// </summary>
public sealed partial class MetricsTests
{
    private const string Nested = "query RegionCities($first: Int!) { regions(first: $first, order: [{ slug: ASC }]) { nodes { slug cities(first: 2) { nodes { name } } } } }";

    // A value only the variables carry: the log must never show it.
    private const string SecretSlug = "zz-variable-value-never-logged";

    [Fact]
    public async Task Metrics_carry_operation_error_and_loader_labels_and_the_log_one_event_per_request()
    {
        using TempDirectory directory = new("creativegraph-metrics-");
        await using ServerProcess server = ServerProcess.Start(directory.Path, new Dictionary<string, string>
        {
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__KnowledgeGraph"] = $"Data Source={directory.File("kg.db")}",
            ["Telemetry__Prometheus__Enabled"] = "true",
            ["Logging__LogLevel__CreativeGraph.GraphQL.Requests"] = "Information",
        });
        await server.WaitUntilAsync("/readyz", TimeSpan.FromMinutes(2));
        using HttpClient client = new() { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

        JsonNode nested = await PostAsync(client, Nested, new JsonObject { ["first"] = 3 });
        Assert.Null(nested["errors"]);
        double fieldCost = nested["extensions"]!["operationCost"]!["fieldCost"]!.GetValue<double>();
        JsonNode lookup = await PostAsync(client, "query PartnerBySlug($slug: String!) { partner(slug: $slug) { name } }", new JsonObject { ["slug"] = SecretSlug });
        Assert.Null(lookup["errors"]);
        JsonNode invalid = await PostAsync(client, "query Broken { regions { nosuchfield } }", null);
        string invalidCode = invalid["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();

        string metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        IReadOnlyList<Sample> samples = Parse(metrics);
        Sample duration = Assert.Single(samples, s => s.Name == "graphql_server_request_duration_seconds_count" && s.Label("graphql_operation_name") == "RegionCities");
        Assert.Equal(("query", 1.0), (duration.Label("graphql_operation_type"), duration.Value));
        Assert.Single(samples, s => s.Name == "graphql_server_request_duration_seconds_count" && s.Label("graphql_operation_name") == "PartnerBySlug");
        Sample cost = Assert.Single(samples, s => s.Name == "graphql_server_operation_cost_sum" && s.Label("graphql_operation_name") == "RegionCities");
        Assert.Equal(fieldCost, cost.Value);
        Sample errors = Assert.Single(samples, s => s.Name == "graphql_server_errors_total" && s.Label("graphql_error_code") == invalidCode);
        Assert.Equal(1, errors.Value);
        Assert.Contains(samples, s => s.Name == "graphql_server_dataloader_batch_size_count" && s.Label("graphql_dataloader_name") is { Length: > 0 } && s.Value >= 1);
        Assert.Contains(samples, s => s.Name == "graphql_server_active_requests" && s.Value == 0);
        Assert.Contains(samples, s => s.Name == "http_server_request_duration_seconds_count");

        // The log: one event per GraphQL request, in the order they came, each with its status and hash.
        List<string> events = [.. server.Lines.Where(l => l.Contains("GraphQL ", StringComparison.Ordinal) && l.Contains(" answered ", StringComparison.Ordinal))];
        Assert.Equal(3, events.Count);
        Assert.Contains($"GraphQL query RegionCities {DocumentHashes.Sha256(Nested)} answered 200", events[0], StringComparison.Ordinal);
        Assert.Contains($"cost {fieldCost.ToString(CultureInfo.InvariantCulture)}", events[0], StringComparison.Ordinal);
        Assert.Contains("GraphQL query PartnerBySlug ", events[1], StringComparison.Ordinal);
        Assert.Contains($"answered 400 in ", events[2], StringComparison.Ordinal);
        Assert.Contains($"errors [{invalidCode}]", events[2], StringComparison.Ordinal);
        Assert.DoesNotContain(server.Lines, l => l.Contains(SecretSlug, StringComparison.Ordinal));
    }

    private static async Task<JsonNode> PostAsync(HttpClient client, string query, JsonObject? variables)
    {
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new JsonObject { ["query"] = query, ["variables"] = variables }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        request.Headers.Add("GraphQL-Cost", "report");
        using HttpResponseMessage response = await client.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    // Prometheus's text format: name{label="value",...} value
    private static List<Sample> Parse(string text) =>
        [.. text.Split('\n')
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => SampleLine().Match(line))
            .Where(m => m.Success)
            .Select(m => new Sample(
                m.Groups["name"].Value,
                LabelPair().Matches(m.Groups["labels"].Value).ToDictionary(l => l.Groups[1].Value, l => l.Groups[2].Value),
                double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture)))];

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>\S+)")]
    private static partial Regex SampleLine();

    [GeneratedRegex("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex LabelPair();

    private sealed record Sample(string Name, Dictionary<string, string> Labels, double Value)
    {
        public string? Label(string name) => Labels.GetValueOrDefault(name);
    }
}
