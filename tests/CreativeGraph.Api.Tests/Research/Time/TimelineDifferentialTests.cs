using CreativeGraph.Api.Research;
using CreativeGraph.Api.Research.Collaboration;
using CreativeGraph.Api.Research.Index;
using CreativeGraph.Api.Research.Timeline;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.Tests.Research.Time;

/// <summary>
/// Timelines computed on the adjacency index against <see cref="TimeReference"/> (plain LINQ over the generated
/// rows) on a graph with undated, half-dated and excluded facts: every year's partners, links, projects, and the
/// partners new and leaving, for the whole network, a period, a programme, a country, each network, regions and ego
/// networks; then the bounds, the cache and cancellation.
/// </summary>
public sealed class TimelineDifferentialTests : IAsyncLifetime
{
    private SyntheticDatabase _database = null!;
    private TimeReference _reference = null!;

    public async Task InitializeAsync()
    {
        _database = await SyntheticDatabase.CreateAsync(TimeGraph.Options, TimeGraph.RemoveSomeDates);
        _reference = TimeReference.Of(_database.Graph);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_whole_network_a_period_a_programme_and_a_country_match_the_reference()
    {
        int programme = _database.Graph.Programmes[0].Id;
        int country = _database.Graph.Countries[1].Id;
        await AssertMatchesAsync(new TimelineQuery());
        await AssertMatchesAsync(new TimelineQuery(2008, 2012));
        await AssertMatchesAsync(new TimelineQuery(Programme: programme));
        await AssertMatchesAsync(new TimelineQuery(2005, null, Country: country));
    }

    [Fact]
    public async Task Each_network_s_member_regions_year_by_year_match_the_reference()
    {
        foreach (Network network in _database.Graph.Networks)
        {
            await AssertMatchesAsync(new TimelineQuery(Network: network.Id));
        }
    }

    [Fact]
    public async Task Regions_and_ego_networks_match_the_reference()
    {
        foreach (Region region in _database.Graph.Regions.Take(6))
        {
            await AssertMatchesAsync(new TimelineQuery(Region: region.Id));
        }

        // The busiest partners, and partners of an undated and of a half-dated project.
        IEnumerable<int> partners = _database.Graph.Participations.GroupBy(x => x.PartnerId).OrderByDescending(g => g.Count()).Take(4).Select(g => g.Key)
            .Concat(_database.Graph.Participations.Where(x => x.ProjectId % 7 is 0 or 2).Take(2).Select(x => x.PartnerId));
        foreach (int partner in partners)
        {
            await AssertMatchesAsync(new TimelineQuery(Partner: partner));
        }
    }

    [Fact]
    public async Task Every_year_equals_the_collaboration_network_of_that_year()
    {
        NetworkTimelineResult timeline = await Timelines(new ResearchOptions()).GetAsync(Request(new TimelineQuery(2006, 2014)), CancellationToken.None);
        var analyses = new NetworkAnalyses(new AdjacencyIndexProvider(_database.Contexts, new ResearchOptions(), TimeProvider.System), _database.Contexts, new ResearchOptions());
        foreach (TimelineYear year in timeline.Years)
        {
            NetworkAnalysis network = await analyses.GetAsync(new NetworkSelection(Period.Years(year.Year, year.Year), null, null, null), CancellationToken.None);
            Assert.Equal(network.Partners.Count, year.PartnerCount);
            Assert.Equal(network.EdgeCount, year.EdgeCount);
        }
    }

    [Fact]
    public async Task A_timeline_past_its_bounds_is_refused_with_a_code()
    {
        var tooLong = await Assert.ThrowsAsync<GraphQLException>(() => Timelines(new ResearchOptions()).GetAsync(Request(new TimelineQuery(1, 9999)), CancellationToken.None));
        Assert.Equal("RESEARCH_TIMELINE_TOO_LONG", tooLong.Errors[0].Code);
        var tooLarge = await Assert.ThrowsAsync<GraphQLException>(() => Timelines(new ResearchOptions { Timeline = { MaxPairs = 50 } }).GetAsync(Request(new TimelineQuery()), CancellationToken.None));
        Assert.Equal("RESEARCH_NETWORK_TOO_LARGE", tooLarge.Errors[0].Code);
    }

    [Fact]
    public async Task A_timeline_is_computed_once_per_graph_version_and_request_and_a_cancelled_one_leaves_nothing_behind()
    {
        NetworkTimelines timelines = Timelines(new ResearchOptions());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => timelines.GetAsync(Request(new TimelineQuery()), cancelled.Token));
        NetworkTimelineResult first = await timelines.GetAsync(Request(new TimelineQuery()), CancellationToken.None);
        NetworkTimelineResult again = await timelines.GetAsync(Request(new TimelineQuery()) with { }, CancellationToken.None);
        Assert.Same(first, again);
        Assert.Equal(1, timelines.Computations);
        Assert.NotEmpty(first.Years);
    }

    private NetworkTimelines Timelines(ResearchOptions options) =>
        new(new AdjacencyIndexProvider(_database.Contexts, options, TimeProvider.System), _database.Contexts, options);

    private static TimelineRequest Request(TimelineQuery q) =>
        new(new NetworkSelection(Period.Years(q.FromYear, q.ToYear), q.Programme, q.Country, q.Network), q.Region, q.Partner);

    private async Task AssertMatchesAsync(TimelineQuery query)
    {
        List<ReferenceYear> expected = _reference.Timeline(query);
        NetworkTimelineResult actual = await Timelines(new ResearchOptions()).GetAsync(Request(query), CancellationToken.None);
        Assert.Equal(expected.Select(y => y.Year), actual.Years.Select(y => y.Year));
        Assert.Contains(expected, y => y.Partners > 0);
        foreach ((ReferenceYear e, TimelineYear a) in expected.Zip(actual.Years))
        {
            Assert.Equal((e.Year, e.Partners, e.Edges, e.Projects), (a.Year, a.PartnerCount, a.EdgeCount, a.ProjectCount));
            Assert.Equal(e.New, a.New);
            Assert.Equal(e.Leaving, a.Leaving);
            Assert.Equal(e.New, a.NewPartners.Select(p => p.PartnerId));
            Assert.All(a.LeavingPartners, p => Assert.Equal(_reference.Partners.Single(x => x.Id == p.PartnerId).Name, p.Name));
        }
    }
}
