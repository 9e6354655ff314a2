using System.Net;
using System.Text.Json;

namespace CreativeGraph.Api.Tests.Research;

/// <summary>
/// <c>GET /graph/export</c> on the real server over the seeded graph: each format opened by an independent parser
/// (<see cref="IndependentParser"/>) holds every node and edge the database holds, and bad parameters are 400s.
/// The parsing tests skip, with the reason, where Python or NetworkX is missing.
/// </summary>
[Collection(RunningServerCollection.Name)]
public sealed class GraphExportTests(RunningServer server)
{
    [SkippableTheory]
    [InlineData("graphml")]
    [InlineData("gexf")]
    [InlineData("csv")]
    public async Task Every_node_and_edge_of_the_database_is_in_the_file_and_every_edge_has_its_sources(string format)
    {
        (long nodes, long edges) = await SeededCounts.GetAsync();

        JsonElement file = await DownloadAndParseAsync($"format={format}", format);

        Assert.Equal(nodes, file.GetProperty("nodes").GetInt64());
        Assert.Equal(edges, file.GetProperty("edges").GetInt64());
        Assert.Equal(0, file.GetProperty("dangling").GetInt32());
        Assert.Equal(0, file.GetProperty("unsourced").GetInt32());
        Assert.Equal(11, file.GetProperty("types").EnumerateObject().Count());
        string[] kinds = [.. CreativeGraph.Api.Research.Index.TraversalCatalog.Default.Relations.Select(r => r.Name).Select(n => string.Concat(n.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString())))];
        Assert.All(file.GetProperty("kinds").EnumerateObject(), k => Assert.Contains(k.Name, kinds));
        Assert.True(file.GetProperty("kinds").EnumerateObject().Count() >= 12, "most relation kinds occur in the seed");
    }

    [SkippableFact]
    public async Task GraphML_declares_typed_keys_and_GEXF_is_version_1_3()
    {
        JsonElement graphml = await DownloadAndParseAsync("format=graphml", "graphml");
        JsonElement gexf = await DownloadAndParseAsync("format=gexf", "gexf");

        Assert.Equal("{http://graphml.graphdrawing.org/xmlns}graphml", graphml.GetProperty("root").GetString());
        string[] keys = [.. graphml.GetProperty("keys").EnumerateArray().Select(k => string.Join(' ', k.EnumerateArray().Select(v => v.GetString())))];
        Assert.Contains("node type string", keys);
        Assert.Contains("node latitude double", keys);
        Assert.Contains("node year int", keys);
        Assert.Contains("edge role string", keys);
        Assert.Contains("edge sources string", keys);
        Assert.Equal("{http://gexf.net/1.3}gexf", gexf.GetProperty("root").GetString());
        Assert.Equal("1.3", gexf.GetProperty("version").GetString());
    }

    [SkippableTheory]
    [InlineData("from=2013-01-01&to=2013-02-28", "2013-01-01", "2013-02-28")]
    [InlineData("from=2013-01-01", "2013-01-01", null)]
    [InlineData("to=2010-09-15", null, "2010-09-15")]
    [InlineData("from=2010&to=2012-06-30", "2010-01-01", "2012-06-30")]
    [InlineData("programmePeriod=baltic-sea-region-2007-2013&to=2012-12-31", "2007-01-01", "2012-12-31")]
    public async Task A_period_of_days_or_a_programme_s_years_keeps_the_projects_active_in_it(string query, string? from, string? to)
    {
        using HttpClient client = new();
        using HttpResponseMessage response = await client.PostAsync(server.GraphQLEndpoint, new StringContent(
            """{ "query": "{ projects(first: 50) { nodes { startDate endDate } } }" }""", System.Text.Encoding.UTF8, "application/json"));
        JsonElement projects = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("projects").GetProperty("nodes");
        // A project is outside only when its known dates put it there.
        int expected = projects.EnumerateArray().Count(p =>
            (from is null || p.GetProperty("endDate").ValueKind == JsonValueKind.Null || string.CompareOrdinal(p.GetProperty("endDate").GetString(), from) >= 0)
            && (to is null || p.GetProperty("startDate").ValueKind == JsonValueKind.Null || string.CompareOrdinal(p.GetProperty("startDate").GetString(), to) <= 0));

        JsonElement file = await DownloadAndParseAsync("format=graphml&" + query, "graphml");

        Assert.InRange(expected, 1, projects.GetArrayLength() - 1);
        Assert.Equal(expected, file.GetProperty("types").TryGetProperty("Project", out JsonElement count) ? count.GetInt32() : 0);
        Assert.Equal(0, file.GetProperty("dangling").GetInt32());
    }

    [SkippableFact]
    public async Task A_project_subgraph_holds_the_project_its_partners_and_their_places()
    {
        JsonElement file = await DownloadAndParseAsync("format=graphml&project=Creative%20Cities", "graphml");

        JsonElement types = file.GetProperty("types");
        Assert.Equal(1, types.GetProperty("Project").GetInt32());
        Assert.Equal(12, types.GetProperty("Partner").GetInt32());
        Assert.Equal(12, file.GetProperty("kinds").GetProperty("PARTICIPATION").GetInt32());
        Assert.Equal(5, file.GetProperty("kinds").GetProperty("PROJECT_CITY").GetInt32());
        Assert.False(types.TryGetProperty("Network", out _));
    }

    [Theory]
    [InlineData("format=pdf", "format")]
    [InlineData("format=graphml&country=XX", "country")]
    [InlineData("format=gexf&from=twenty", "from")]
    [InlineData("format=csv&from=2012&to=2010", "from")]
    [InlineData("format=csv&from=2012-06-02&to=2012-06-01", "from")]
    [InlineData("format=csv&to=2012-02-30", "to")]
    [InlineData("format=csv&from=99999", "from")]
    [InlineData("format=csv&from=0999", "from")]
    [InlineData("format=csv&programmePeriod=no-such-programme", "programmePeriod")]
    [InlineData("format=csv&programmePeriod=baltic-sea-region-2007-2013&from=2014", "programmePeriod")]
    [InlineData("format=graphml&programme=no-such-programme", "programme")]
    [InlineData("format=graphml&colour=red", "colour")]
    public async Task A_bad_parameter_is_a_400_with_a_coded_error_naming_it(string query, string parameter)
    {
        using HttpClient client = new();
        using HttpResponseMessage response = await client.GetAsync(new Uri(server.BaseAddress, "/graph/export?" + query));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        JsonElement error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        Assert.Equal("RESEARCH_EXPORT_PARAMETER_INVALID", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(parameter, error.GetProperty("extensions").GetProperty("parameter").GetString());
    }

    private async Task<JsonElement> DownloadAndParseAsync(string query, string format)
    {
        string path = Path.Combine(Path.GetTempPath(), "creativegraph-export-" + Guid.NewGuid().ToString("N") + "." + format);
        try
        {
            using HttpClient client = new();
            using HttpResponseMessage response = await client.GetAsync(new Uri(server.BaseAddress, "/graph/export?" + query), HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await using (FileStream file = File.Create(path))
            {
                await response.Content.CopyToAsync(file);
            }

            return await IndependentParser.ParseAsync(format, path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
