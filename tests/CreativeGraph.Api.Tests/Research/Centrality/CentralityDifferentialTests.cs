using System.Text.Json;
using CreativeGraph.Api.Research;
using CreativeGraph.Api.Research.Collaboration;
using CreativeGraph.Api.Research.Index;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Synthetic;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Tests.Research.Centrality;

/// <summary>
/// Centrality and communities of generated collaboration networks against NetworkX (<see cref="NetworkXReference"/>),
/// which builds the network itself from the same SQLite file. Tolerances: degrees, weighted degrees and core numbers
/// equal; exact betweenness within 1e-9; PageRank within 1e-7 (both stop on a tolerance); a sampled betweenness
/// within its stated 95 % error bound; the modularity we report equals NetworkX's modularity of our partition
/// within 1e-9 and lies within 0.03 of the modularity of NetworkX's own Louvain partition (Louvain depends on the
/// visiting order, so partitions differ).
/// </summary>
public sealed class CentralityDifferentialTests : IAsyncLifetime
{
    private SyntheticDatabase _database = null!;

    public async Task InitializeAsync() => _database = await SyntheticDatabase.CreateAsync(new SyntheticGraphOptions
    {
        Seed = 7,
        Partners = 500,
        Projects = 80,
        Countries = 5,
        RegionsPerCountry = 3,
        CitiesPerRegion = 2,
        Programmes = 4,
        Networks = 3,
        Events = 10,
        People = 10,
        Sources = 3,
        MaxPartnersPerProject = 10,
    });

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public Task The_whole_network_matches_NetworkX() => AssertMatchesAsync(NetworkSelection.Everything, new ResearchOptions());

    [Fact]
    public async Task A_period_a_programme_and_a_country_match_NetworkX()
    {
        await using KnowledgeGraphDbContext db = await _database.Contexts.CreateDbContextAsync();
        int programme = await db.Programmes.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        int country = await db.Partners.GroupBy(p => p.CountryId).OrderByDescending(g => g.Count()).Select(g => g.Key!.Value).FirstAsync();
        Period period = Period.Of(new DateOnly(2008, 3, 1), new DateOnly(2013, 6, 30));
        await AssertMatchesAsync(new NetworkSelection(period, null, null, null), new ResearchOptions());
        await AssertMatchesAsync(new NetworkSelection(Period.All, programme, null, null), new ResearchOptions());
        await AssertMatchesAsync(new NetworkSelection(period, null, country, null), new ResearchOptions());
    }

    [Fact]
    public async Task The_member_regions_of_a_network_in_a_period_match_NetworkX()
    {
        await using KnowledgeGraphDbContext db = await _database.Contexts.CreateDbContextAsync();
        foreach (int network in await db.Networks.Select(n => n.Id).ToListAsync())
        {
            await AssertMatchesAsync(new NetworkSelection(Period.Years(2009, 2014), null, null, network), new ResearchOptions());
        }
    }

    [Fact]
    public async Task A_sampled_betweenness_stays_within_its_error_bound()
    {
        var options = new ResearchOptions { Centrality = { ExactBetweennessMaxNodes = 10, BetweennessSamples = 60 } };
        NetworkAnalysis analysis = await Analyses(options).GetAsync(NetworkSelection.Everything, CancellationToken.None);
        Assert.Equal(60, analysis.BetweennessSources);
        Assert.InRange(analysis.BetweennessErrorBound, 0.1, 0.2);
        JsonElement reference = await ReferenceAsync(NetworkSelection.Everything, analysis);
        Dictionary<int, string> slugs = await SlugsAsync();
        Assert.All(analysis.Partners, p => Assert.InRange(
            p.Betweenness - reference.GetProperty("partners").GetProperty(slugs[p.PartnerId]).GetProperty("betweenness").GetDouble(),
            -analysis.BetweennessErrorBound,
            analysis.BetweennessErrorBound));
    }

    [Fact]
    public async Task An_analysis_is_computed_once_per_graph_version_and_selection()
    {
        NetworkAnalyses analyses = Analyses(new ResearchOptions());
        NetworkAnalysis first = await analyses.GetAsync(NetworkSelection.Everything, CancellationToken.None);
        NetworkAnalysis again = await analyses.GetAsync(NetworkSelection.Everything with { }, CancellationToken.None);
        Assert.Same(first, again);
        Assert.Equal(1, analyses.Computations);
    }

    [Fact]
    public async Task A_cancelled_request_leaves_nothing_behind()
    {
        NetworkAnalyses analyses = Analyses(new ResearchOptions());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => analyses.GetAsync(NetworkSelection.Everything, cancelled.Token));
        Assert.NotEmpty((await analyses.GetAsync(NetworkSelection.Everything, CancellationToken.None)).Partners);
    }

    [Fact]
    public async Task A_network_past_the_pair_bound_is_refused_with_a_code()
    {
        var options = new ResearchOptions { Centrality = { MaxPairs = 100 } };
        var error = await Assert.ThrowsAsync<CreativeGraph.GraphQL.Response.GraphQLException>(() => Analyses(options).GetAsync(NetworkSelection.Everything, CancellationToken.None));
        Assert.Equal("RESEARCH_NETWORK_TOO_LARGE", error.Errors[0].Code);
    }

    private NetworkAnalyses Analyses(ResearchOptions options) =>
        new(new AdjacencyIndexProvider(_database.Contexts, options, TimeProvider.System), _database.Contexts, options);

    private async Task AssertMatchesAsync(NetworkSelection selection, ResearchOptions options)
    {
        NetworkAnalysis analysis = await Analyses(options).GetAsync(selection, CancellationToken.None);
        JsonElement reference = await ReferenceAsync(selection, analysis);
        Dictionary<int, string> slugs = await SlugsAsync();
        Assert.Equal(reference.GetProperty("nodes").GetInt32(), analysis.Partners.Count);
        Assert.Equal(reference.GetProperty("edges").GetInt32(), analysis.EdgeCount);
        Assert.True(analysis.BetweennessErrorBound == 0);
        foreach (PartnerCentrality partner in analysis.Partners)
        {
            JsonElement expected = reference.GetProperty("partners").GetProperty(slugs[partner.PartnerId]);
            Assert.Equal(expected.GetProperty("degree").GetInt32(), partner.Degree);
            Assert.Equal(expected.GetProperty("weightedDegree").GetDouble(), partner.WeightedDegree);
            Assert.Equal(expected.GetProperty("coreNumber").GetInt32(), partner.CoreNumber);
            Assert.Equal(expected.GetProperty("betweenness").GetDouble(), partner.Betweenness, 1e-9);
            Assert.Equal(expected.GetProperty("pageRank").GetDouble(), partner.PageRank, 1e-7);
        }

        if (analysis.EdgeCount > 0)
        {
            Assert.Equal(reference.GetProperty("ourModularity").GetDouble(), analysis.Modularity, 1e-9);
            Assert.InRange(analysis.Modularity - reference.GetProperty("louvainModularity").GetDouble(), -0.03, 1);
        }
    }

    private async Task<JsonElement> ReferenceAsync(NetworkSelection selection, NetworkAnalysis analysis)
    {
        Dictionary<int, string> slugs = await SlugsAsync();
        string? network = null;
        if (selection.Network is int id)
        {
            await using KnowledgeGraphDbContext db = await _database.Contexts.CreateDbContextAsync();
            network = await db.Networks.Where(n => n.Id == id).Select(n => n.Slug).SingleAsync();
        }

        return await NetworkXReference.RunAsync(new Dictionary<string, object?>
        {
            ["database"] = _database.FilePath,
            ["from"] = selection.Period.FromDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = selection.Period.ToDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["programme"] = selection.Programme,
            ["country"] = selection.Country,
            ["network"] = network,
            ["communities"] = analysis.Partners.ToDictionary(p => slugs[p.PartnerId], p => p.Community),
        });
    }

    private async Task<Dictionary<int, string>> SlugsAsync()
    {
        await using KnowledgeGraphDbContext db = await _database.Contexts.CreateDbContextAsync();
        return await db.Partners.ToDictionaryAsync(p => p.Id, p => p.Slug);
    }
}
