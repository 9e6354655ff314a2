using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CreativeGraph.Api.Tests.Snapshots;
using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Synthetic;
using CreativeGraph.Tests;

namespace CreativeGraph.Api.Tests.Research.Time;

/// <summary>
/// <c>period</c> on <c>collaborators</c>, <c>partnerRegions</c> and <c>partnerCities</c>, and the <c>timeline</c>
/// fields, through GraphQL on each provider, against <see cref="TimeReference"/> over the rows the server was filled
/// with; bad periods are coded errors.
/// </summary>
public abstract class TimeQueryTests(SnapshotServer server, Func<SyntheticGraph> graph)
{
    private const string PeriodVariable = "$period: PeriodInput";

    public static TheoryData<string, string?, string?> Periods => new()
    {
        { """{ "fromYear": 2008, "toYear": 2010 }""", "2008-01-01", "2010-12-31" },
        { """{ "from": "2009-03-15", "to": "2011-02-28" }""", "2009-03-15", "2011-02-28" },
        { """{ "from": "2012-01-01" }""", "2012-01-01", null },
        { """{ "toYear": 2006 }""", null, "2006-12-31" },
        { """{ "fromYear": 2005, "to": "2013-06-30", "from": "2009-07-01" }""", "2009-07-01", "2013-06-30" },
    };

    private SyntheticGraph Graph => graph();

    private TimeReference Reference => TimeReference.Of(Graph);

    [SkippableTheory]
    [MemberData(nameof(Periods))]
    public async Task Collaborators_partner_regions_and_partner_cities_in_a_period_match_the_reference(string period, string? from, string? to)
    {
        OptionalTool.Require(server.Unavailable is null, server.Unavailable ?? "");
        DateOnly? first = Day(from);
        DateOnly? last = Day(to);
        foreach (Partner partner in Busiest(6))
        {
            Dictionary<int, HashSet<int>> expected = Reference.Collaborators(partner.Id, first, last);
            List<JsonElement> nodes = await PageAsync($"query($slug: String!, $after: String, {PeriodVariable}) {{ partner(slug: $slug) {{ list: collaborators(first: 50, after: $after, period: $period) {{ PAGE nodes {{ partner {{ slug }} sharedProjectCount sharedProjects {{ slug }} }} }} }} }}", partner.Slug, period, "partner");
            Assert.Equal(
                expected.Select(e => (Slug(e.Key), e.Value.Count, string.Join(",", e.Value.Select(ProjectSlug).Order()))).Order(),
                nodes.Select(n => (n.GetProperty("partner").GetProperty("slug").GetString()!, n.GetProperty("sharedProjectCount").GetInt32(), string.Join(",", n.GetProperty("sharedProjects").EnumerateArray().Select(p => p.GetProperty("slug").GetString()!).Order()))).Order());
        }

        foreach (Region region in Graph.Regions.Take(5))
        {
            Dictionary<int, HashSet<int>> expected = Reference.PartnerRegions(region.Id, first, last);
            List<JsonElement> nodes = await PageAsync($"query($slug: String!, $after: String, {PeriodVariable}) {{ region(slug: $slug) {{ list: partnerRegions(first: 50, after: $after, period: $period) {{ PAGE nodes {{ region {{ slug }} sharedProjectCount }} }} }} }}", region.Slug, period, "region");
            Assert.Equal(
                expected.Select(e => (Graph.Regions.Single(r => r.Id == e.Key).Slug, e.Value.Count)).Order(),
                nodes.Select(n => (n.GetProperty("region").GetProperty("slug").GetString()!, n.GetProperty("sharedProjectCount").GetInt32())).Order());
        }

        foreach (City city in Graph.Cities.Take(5))
        {
            Dictionary<int, HashSet<int>> expected = Reference.PartnerCities(city.Id, first, last);
            List<JsonElement> nodes = await PageAsync($"query($slug: String!, $after: String, {PeriodVariable}) {{ city(slug: $slug) {{ list: partnerCities(first: 50, after: $after, period: $period) {{ PAGE nodes {{ city {{ slug }} sharedProjectCount }} }} }} }}", city.Slug, period, "city");
            Assert.Equal(
                expected.Select(e => (Graph.Cities.Single(c => c.Id == e.Key).Slug, e.Value.Count)).Order(),
                nodes.Select(n => (n.GetProperty("city").GetProperty("slug").GetString()!, n.GetProperty("sharedProjectCount").GetInt32())).Order());
        }
    }

    [SkippableFact]
    public async Task A_programme_period_is_the_programme_s_years()
    {
        OptionalTool.Require(server.Unavailable is null, server.Unavailable ?? "");
        Programme programme = Graph.Programmes.First(p => p.StartYear is not null);
        Partner partner = Busiest(1).Single();
        Dictionary<int, HashSet<int>> expected = Reference.Collaborators(partner.Id, new DateOnly(programme.StartYear!.Value, 1, 1), new DateOnly(programme.EndYear!.Value, 12, 31));
        List<JsonElement> nodes = await PageAsync($"query($slug: String!, $after: String, {PeriodVariable}) {{ partner(slug: $slug) {{ list: collaborators(first: 50, after: $after, period: $period) {{ PAGE nodes {{ partner {{ slug }} sharedProjectCount }} }} }} }}", partner.Slug, $$"""{ "programme": "{{programme.Slug}}" }""", "partner");
        Assert.Equal(expected.Select(e => (Slug(e.Key), e.Value.Count)).Order(), nodes.Select(n => (n.GetProperty("partner").GetProperty("slug").GetString()!, n.GetProperty("sharedProjectCount").GetInt32())).Order());
    }

    [SkippableFact]
    public async Task Timelines_of_the_graph_a_network_a_region_and_a_partner_match_the_reference()
    {
        OptionalTool.Require(server.Unavailable is null, server.Unavailable ?? "");
        const string Years = "year partnerCount edgeCount projectCount newPartnerCount leavingPartnerCount newPartners(first: 50) { nodes { name } } leavingPartners(first: 50) { nodes { name } }";
        Network network = Graph.Networks[0];
        Region region = Graph.Regions[0];
        Partner partner = Busiest(1).Single();
        JsonElement data = await QueryAsync($$"""
            query($network: String!, $region: String!, $partner: String!) {
              all: timeline(period: { fromYear: 2004, toYear: 2016 }) { {{Years}} }
              network(slug: $network) { timeline { {{Years}} } }
              region(slug: $region) { timeline { {{Years}} } }
              partner(slug: $partner) { timeline(period: { toYear: 2030 }) { {{Years}} } }
            }
            """, new { network = network.Slug, region = region.Slug, partner = partner.Slug });
        AssertTimeline(Reference.Timeline(new TimelineQuery(2004, 2016)), data.GetProperty("all"));
        AssertTimeline(Reference.Timeline(new TimelineQuery(Network: network.Id)), data.GetProperty("network").GetProperty("timeline"));
        AssertTimeline(Reference.Timeline(new TimelineQuery(Region: region.Id)), data.GetProperty("region").GetProperty("timeline"));
        AssertTimeline(Reference.Timeline(new TimelineQuery(null, 2030, Partner: partner.Id)), data.GetProperty("partner").GetProperty("timeline"));
    }

    [SkippableTheory]
    [InlineData("""{ "fromYear": 2012, "toYear": 2010 }""", "RESEARCH_PERIOD_INVALID")]
    [InlineData("""{ "from": "2011-05-02", "to": "2011-05-01" }""", "RESEARCH_PERIOD_INVALID")]
    [InlineData("""{ "fromYear": 0 }""", "RESEARCH_PERIOD_INVALID")]
    [InlineData("""{ "toYear": 100000 }""", "RESEARCH_PERIOD_INVALID")]
    [InlineData("""{ "programme": "no-such-programme" }""", "RESEARCH_SELECTION_NOT_FOUND")]
    [InlineData("""{ "fromYear": 1, "toYear": 9999 }""", "RESEARCH_TIMELINE_TOO_LONG")]
    public async Task A_bad_period_is_a_coded_error(string period, string code)
    {
        OptionalTool.Require(server.Unavailable is null, server.Unavailable ?? "");
        string[] fields = code == "RESEARCH_TIMELINE_TOO_LONG"
            ? ["timeline", "region", "partner"]
            : ["timeline", "partner", "region", "city"];
        JsonElement response = await PostAsync($$"""
            query({{PeriodVariable}}, $partner: String!, $region: String!, $city: String!) {
              timeline(period: $period) { year }
              partner(slug: $partner) { collaborators(period: $period) { totalCount } timeline(period: $period) { year } }
              region(slug: $region) { partnerRegions(period: $period) { totalCount } timeline(period: $period) { year } }
              city(slug: $city) { partnerCities(period: $period) { totalCount } }
            }
            """, new { period = JsonDocument.Parse(period).RootElement, partner = Busiest(1).Single().Slug, region = Graph.Regions[0].Slug, city = Graph.Cities[0].Slug });
        JsonElement[] errors = [.. response.GetProperty("errors").EnumerateArray()];
        Assert.All(errors, e => Assert.Equal(code, e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.Equal(fields.Order(), errors.Select(e => e.GetProperty("path")[0].GetString()!).Distinct().Order());
    }

    private static DateOnly? Day(string? text) => text is null ? null : DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private IEnumerable<Partner> Busiest(int count) =>
        Graph.Participations.GroupBy(x => x.PartnerId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(count).Select(g => Graph.Partners.Single(p => p.Id == g.Key));

    private string Slug(int partner) => Graph.Partners.Single(p => p.Id == partner).Slug;

    private string ProjectSlug(int project) => Graph.Projects.Single(p => p.Id == project).Slug;

    private void AssertTimeline(List<ReferenceYear> expected, JsonElement years)
    {
        Assert.Contains(expected, y => y.Partners > 0);
        Assert.Equal(expected.Select(y => y.Year), years.EnumerateArray().Select(y => y.GetProperty("year").GetInt32()));
        foreach ((ReferenceYear e, JsonElement a) in expected.Zip(years.EnumerateArray()))
        {
            Assert.Equal(
                (e.Partners, e.Edges, e.Projects, e.New.Length, e.Leaving.Length),
                (a.GetProperty("partnerCount").GetInt32(), a.GetProperty("edgeCount").GetInt32(), a.GetProperty("projectCount").GetInt32(), a.GetProperty("newPartnerCount").GetInt32(), a.GetProperty("leavingPartnerCount").GetInt32()));
            Assert.Equal(Names(e.New), Names(a.GetProperty("newPartners")));
            Assert.Equal(Names(e.Leaving), Names(a.GetProperty("leavingPartners")));
        }
    }

    /// <summary>The first 50 names by name (the connection's order), of the reference's partners.</summary>
    private IEnumerable<string> Names(int[] partners) =>
        partners.Select(id => Graph.Partners.Single(p => p.Id == id).Name).Order(StringComparer.Ordinal).Take(50);

    private static IEnumerable<string> Names(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!);

    /// <summary>Every node of the connection aliased <c>list</c> under <paramref name="parent"/>, page by page (PAGE stands for the page info).</summary>
    private async Task<List<JsonElement>> PageAsync(string query, string slug, string period, string parent)
    {
        var nodes = new List<JsonElement>();
        string? after = null;
        while (true)
        {
            JsonElement list = (await QueryAsync(query.Replace("PAGE", "pageInfo { hasNextPage endCursor }", StringComparison.Ordinal), new { slug, after, period = JsonDocument.Parse(period).RootElement }))
                .GetProperty(parent).GetProperty("list");
            nodes.AddRange(list.GetProperty("nodes").EnumerateArray());
            if (!list.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                return nodes;
            }

            after = list.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
    }

    private async Task<JsonElement> QueryAsync(string query, object variables)
    {
        JsonElement response = await PostAsync(query, variables);
        Assert.False(response.TryGetProperty("errors", out JsonElement errors), errors.ToString());
        return response.GetProperty("data");
    }

    private async Task<JsonElement> PostAsync(string query, object variables)
    {
        using HttpClient client = new();
        using HttpResponseMessage response = await client.PostAsJsonAsync(server.GraphQLEndpoint, new { query, variables });
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}

public sealed class SqliteTimeQueryTests(SqliteTimeServer server) : TimeQueryTests(server, () => server.Graph), IClassFixture<SqliteTimeServer>;

public sealed class PostgresTimeQueryTests(PostgresTimeServer server) : TimeQueryTests(server, () => server.Graph), IClassFixture<PostgresTimeServer>;
