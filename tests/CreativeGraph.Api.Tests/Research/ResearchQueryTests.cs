using System.Net.Http.Json;
using System.Text.Json;

namespace CreativeGraph.Api.Tests.Research;

/// <summary>
/// The research fields through the real server on the seeded graph, checked against the facts of the seed files
/// (<c>Seed/Data/*.json</c>): who worked with whom, which cities, the paths from City of Pécs, statistics and errors.
/// </summary>
[Collection(RunningServerCollection.Name)]
public sealed class ResearchQueryTests(RunningServer server)
{
    private static readonly JsonElement s_creativeCities = SeedFile("11-projects.json").GetProperty("projects").EnumerateArray().Single(p => p.GetProperty("slug").GetString() == "creative-cities");

    private static readonly Dictionary<string, JsonElement> s_partners = SeedFile("06-partners.json").GetProperty("partners").EnumerateArray().ToDictionary(p => p.GetProperty("slug").GetString()!);

    private static string[] CreativeCitiesPartners => [.. s_creativeCities.GetProperty("participations").EnumerateArray().Select(p => p.GetProperty("partner").GetString()!)];

    [Fact]
    public async Task The_collaborators_of_City_of_Pecs_are_the_other_partners_of_Creative_Cities()
    {
        JsonElement data = await QueryAsync("""
            { partner(slug: "city-of-pecs") { collaborators(first: 50) { totalCount nodes { partner { slug } sharedProjectCount sharedProjects { slug } } } } }
            """);

        JsonElement collaborators = data.GetProperty("partner").GetProperty("collaborators");
        string[] expected = [.. CreativeCitiesPartners.Where(p => p != "city-of-pecs").Order()];
        Assert.Equal(expected, collaborators.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("partner").GetProperty("slug").GetString()).Order());
        Assert.Equal(expected.Length, collaborators.GetProperty("totalCount").GetInt32());
        Assert.All(collaborators.GetProperty("nodes").EnumerateArray(), n =>
        {
            Assert.Equal(1, n.GetProperty("sharedProjectCount").GetInt32());
            Assert.Equal("creative-cities", Assert.Single(n.GetProperty("sharedProjects").EnumerateArray()).GetProperty("slug").GetString());
        });
    }

    [Fact]
    public async Task The_partner_cities_of_Pecs_are_where_the_other_Creative_Cities_partners_are_based()
    {
        JsonElement data = await QueryAsync("""
            { city(slug: "pecs") { partnerCities(first: 50) { nodes { city { slug } sharedProjectCount } } } }
            """);

        string[] expected = [.. CreativeCitiesPartners.Select(p => s_partners[p].TryGetProperty("city", out JsonElement c) ? c.GetString() : null)
            .OfType<string>().Where(c => c != "pecs").Distinct().Order()];
        Assert.Equal(expected, data.GetProperty("city").GetProperty("partnerCities").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("city").GetProperty("slug").GetString()).Order());
    }

    [Fact]
    public async Task Every_shortest_path_from_City_of_Pecs_to_Districts_of_Creativity_is_a_chain_of_sourced_edges()
    {
        JsonElement ids = await QueryAsync("""{ partner(slug: "city-of-pecs") { id } network(slug: "districts-of-creativity") { id } }""");
        string from = ids.GetProperty("partner").GetProperty("id").GetString()!;
        string to = ids.GetProperty("network").GetProperty("id").GetString()!;

        JsonElement data = await QueryAsync(
            """
            query($from: ID!, $to: ID!) {
              path(from: $from, to: $to) { length }
              paths(from: $from, to: $to, first: 100) { length nodes { id } edges { kind from { id } to { id } sources { slug } } }
              participationsOnly: path(from: $from, to: $to, via: [PARTICIPATION]) { length }
            }
            """,
            new { from, to });

        JsonElement[] paths = [.. data.GetProperty("paths").EnumerateArray()];
        Assert.NotEmpty(paths);
        int length = data.GetProperty("path").GetProperty("length").GetInt32();
        Assert.InRange(length, 2, 6);
        foreach (JsonElement path in paths)
        {
            string[] nodes = [.. path.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];
            JsonElement[] edges = [.. path.GetProperty("edges").EnumerateArray()];
            Assert.Equal(length, path.GetProperty("length").GetInt32());
            Assert.Equal((from, to), (nodes[0], nodes[^1]));
            Assert.Equal(nodes.Length - 1, edges.Length);
            for (int i = 0; i < edges.Length; i++)
            {
                string[] ends = [edges[i].GetProperty("from").GetProperty("id").GetString()!, edges[i].GetProperty("to").GetProperty("id").GetString()!];
                Assert.Equal(ends.Order(), new[] { nodes[i], nodes[i + 1] }.Order());
                Assert.NotEmpty(edges[i].GetProperty("sources").EnumerateArray());
            }
        }

        Assert.Equal(JsonValueKind.Null, data.GetProperty("participationsOnly").ValueKind);
    }

    [Fact]
    public async Task Statistics_of_Creative_Cities_count_its_partners_and_roles_as_the_seed_states_them()
    {
        JsonElement data = await QueryAsync("""
            { statistics(where: { slug: { eq: "creative-cities" } }) { projectCount partnerCount participationsByRole { role count } projectsByPartnerCount(first: 1) { project { slug } count } } }
            """);

        JsonElement statistics = data.GetProperty("statistics");
        string[] roles = [.. s_creativeCities.GetProperty("participations").EnumerateArray().Select(p => p.GetProperty("role").GetString()!.Replace('-', '_').ToUpperInvariant())];
        Assert.Equal(1, statistics.GetProperty("projectCount").GetInt32());
        Assert.Equal(roles.Length, statistics.GetProperty("partnerCount").GetInt32());
        Assert.Equal(
            roles.GroupBy(r => r).Select(g => (g.Key, g.Count())).Order(),
            statistics.GetProperty("participationsByRole").EnumerateArray().Select(r => (r.GetProperty("role").GetString()!, r.GetProperty("count").GetInt32())).Order());
        Assert.Equal(roles.Length, statistics.GetProperty("projectsByPartnerCount")[0].GetProperty("count").GetInt32());
    }

    [Theory]
    [InlineData("""{ neighbourhood(of: "UGFydG5lcjoxMg==", depth: 9) { hasMoreNodes } }""", "RESEARCH_DEPTH_OUT_OF_RANGE")]
    [InlineData("""{ neighbourhood(of: "UGFydG5lcjoxMg==", first: 100000) { hasMoreNodes } }""", "RESEARCH_RESULT_SIZE_OUT_OF_RANGE")]
    [InlineData("""{ neighbourhood(of: "not an id") { hasMoreNodes } }""", "RESEARCH_NODE_ID_INVALID")]
    [InlineData("""{ neighbourhood(of: "U291cmNlOjE=") { hasMoreNodes } }""", "RESEARCH_NODE_ID_INVALID")]
    [InlineData("""{ neighbourhood(of: "UGFydG5lcjo5OTk5OTk=") { hasMoreNodes } }""", "RESEARCH_NODE_NOT_FOUND")]
    [InlineData("""{ path(from: "UGFydG5lcjoxMg==", to: "UGFydG5lcjox", maxLength: 50) { length } }""", "RESEARCH_PATH_LENGTH_OUT_OF_RANGE")]
    [InlineData("""{ statistics { mostConnectedPartners(first: 0) { count } } }""", "RESEARCH_RESULT_SIZE_OUT_OF_RANGE")]
    public async Task Bad_arguments_are_field_errors_with_a_code(string query, string code)
    {
        using HttpClient client = new();
        using HttpResponseMessage response = await client.PostAsJsonAsync(server.GraphQLEndpoint, new { query });
        JsonElement body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(code, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private Task<JsonElement> QueryAsync(string query, object? variables = null) => server.QueryAsync(query, variables);

    private static JsonElement SeedFile(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "CreativeGraph.Persistence", "Seed", "Data", name))).RootElement;
}
