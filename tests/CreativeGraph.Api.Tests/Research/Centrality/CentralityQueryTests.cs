using System.Net.Http.Json;
using System.Text.Json;

namespace CreativeGraph.Api.Tests.Research.Centrality;

/// <summary>
/// What a researcher asks through GraphQL: the 20 most central partners of the Districts of Creativity's region set
/// in 2010–2013, equal to NetworkX on the same database (tolerances as in <see cref="CentralityDifferentialTests"/>),
/// and the same measures in the GraphML export, read back by NetworkX.
/// </summary>
[Collection(CentralityServerCollection.Name)]
public sealed class CentralityQueryTests(CentralityServer server)
{
    private const string Query = """
        query Central($after: String) {
          collaborationNetwork(network: "districts-of-creativity", period: { fromYear: 2010, toYear: 2013 }) {
            partnerCount edgeCount modularity betweennessExact
            partners(first: 20, after: $after, order: [{ betweenness: DESC }, { name: ASC }]) {
              pageInfo { hasNextPage endCursor }
              nodes { partner { slug } name degree weightedDegree betweenness pageRank coreNumber community }
            }
          }
        }
        """;

    [Fact]
    public async Task The_20_most_central_partners_of_the_Districts_of_Creativity_in_2010_to_2013_are_NetworkX_s()
    {
        JsonElement network = (await QueryAsync(Query)).GetProperty("collaborationNetwork");
        var all = new List<JsonElement>();
        for (JsonElement page = network; ;)
        {
            JsonElement partners = page.GetProperty("partners");
            all.AddRange(partners.GetProperty("nodes").EnumerateArray());
            if (!partners.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            page = (await QueryAsync(Query, new { after = partners.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("collaborationNetwork");
        }

        JsonElement reference = await NetworkXReference.RunAsync(new Dictionary<string, object?>
        {
            ["database"] = server.DatabaseFile,
            ["from"] = "2010-01-01",
            ["to"] = "2013-12-31",
            ["network"] = "districts-of-creativity",
            ["communities"] = all.ToDictionary(n => Slug(n), n => n.GetProperty("community").GetInt32()),
        });
        JsonElement expected = reference.GetProperty("partners");
        Assert.InRange(network.GetProperty("partnerCount").GetInt32(), 30, 90);
        Assert.True(network.GetProperty("betweennessExact").GetBoolean());
        Assert.Equal(reference.GetProperty("nodes").GetInt32(), network.GetProperty("partnerCount").GetInt32());
        Assert.Equal(reference.GetProperty("edges").GetInt32(), network.GetProperty("edgeCount").GetInt32());
        Assert.Equal(reference.GetProperty("nodes").GetInt32(), all.Count);

        // The first page is the top 20 by NetworkX's betweenness (ties by name), in that order.
        string[] top20 = [.. expected.EnumerateObject().Select(p => (Slug: p.Name, Value: p.Value.GetProperty("betweenness").GetDouble()))
            .Join(all, p => p.Slug, Slug, (p, n) => (p.Slug, p.Value, Name: n.GetProperty("name").GetString()!))
            .OrderByDescending(p => Math.Round(p.Value, 9)).ThenBy(p => p.Name, StringComparer.Ordinal).Take(20).Select(p => p.Slug)];
        Assert.Equal(top20, all.Take(20).Select(Slug));
        foreach (JsonElement node in all)
        {
            JsonElement nx = expected.GetProperty(Slug(node));
            Assert.Equal(nx.GetProperty("degree").GetInt32(), node.GetProperty("degree").GetInt32());
            Assert.Equal(nx.GetProperty("weightedDegree").GetDouble(), node.GetProperty("weightedDegree").GetDouble());
            Assert.Equal(nx.GetProperty("coreNumber").GetInt32(), node.GetProperty("coreNumber").GetInt32());
            Assert.Equal(nx.GetProperty("betweenness").GetDouble(), node.GetProperty("betweenness").GetDouble(), 1e-9);
            Assert.Equal(nx.GetProperty("pageRank").GetDouble(), node.GetProperty("pageRank").GetDouble(), 1e-7);
        }

        Assert.Equal(reference.GetProperty("ourModularity").GetDouble(), network.GetProperty("modularity").GetDouble(), 1e-9);
        Assert.InRange(network.GetProperty("modularity").GetDouble() - reference.GetProperty("louvainModularity").GetDouble(), -0.03, 1);
    }

    [Fact]
    public async Task The_GraphML_export_carries_the_measures_of_its_period_as_partner_attributes()
    {
        JsonElement data = await QueryAsync("""
            { collaborationNetwork(period: { fromYear: 2010, toYear: 2013 }) { partners(first: 50) { nodes { partner { id } degree pageRank community } } } }
            """);
        string file = Path.Combine(Path.GetTempPath(), "creativegraph-centrality-" + Guid.NewGuid().ToString("N") + ".graphml");
        using HttpClient client = new();
        await File.WriteAllBytesAsync(file, await client.GetByteArrayAsync(new Uri(server.BaseAddress, "/graph/export?format=graphml&from=2010&to=2013")));
        try
        {
            JsonElement attributes = await IndependentParser.NodeAttributesAsync(file, ["degree", "pageRank", "community"]);
            foreach (JsonElement node in data.GetProperty("collaborationNetwork").GetProperty("partners").GetProperty("nodes").EnumerateArray())
            {
                JsonElement exported = attributes.GetProperty(node.GetProperty("partner").GetProperty("id").GetString()!);
                Assert.Equal(node.GetProperty("degree").GetInt32(), exported.GetProperty("degree").GetInt32());
                Assert.Equal(node.GetProperty("pageRank").GetDouble(), exported.GetProperty("pageRank").GetDouble());
                Assert.Equal(node.GetProperty("community").GetInt32(), exported.GetProperty("community").GetInt32());
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Slug(JsonElement node) => node.GetProperty("partner").GetProperty("slug").GetString()!;

    private Task<JsonElement> QueryAsync(string query, object? variables = null) => server.QueryAsync(query, variables);
}
