using CreativeGraph.Api.Research;
using CreativeGraph.Api.Research.Index;
using CreativeGraph.Api.Research.Traversal;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Synthetic;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Tests.Research;

/// <summary>The index follows the database: data written by another process shows after the next check, and only then.</summary>
public sealed class AdjacencyIndexRefreshTests
{
    private static SyntheticGraphOptions Small(long seed) => new()
    {
        Seed = seed,
        Partners = 200,
        Projects = 20,
        Countries = 3,
        Programmes = 2,
        Networks = 1,
        Events = 5,
        People = 5,
        Sources = 2,
    };

    [Fact]
    public async Task Imported_rows_and_repointed_keys_are_seen_after_the_check_interval_and_nothing_is_rebuilt_without_a_change()
    {
        await using SyntheticDatabase database = await SyntheticDatabase.CreateAsync(Small(1));
        var time = new ManualTime();
        var options = new ResearchOptions { IndexCheckInterval = TimeSpan.FromSeconds(5) };
        var provider = new AdjacencyIndexProvider(database.Contexts, options, time);
        var research = new ResearchGraph(provider, options);
        NodeRef first = new(NodeKind.Partner, 1);
        await research.NeighbourhoodAsync(new("of", "p1", first), 1, RelationSet.All, Period.All, 10, default);
        Assert.Equal(1, provider.Builds);

        // Another "process" appends a second graph.
        int added;
        await using (KnowledgeGraphDbContext db = await database.Contexts.CreateDbContextAsync())
        {
            await SyntheticGraphWriter.WriteAsync(db, SyntheticGraph.Generate(Small(2)));
            added = await db.Partners.Where(p => p.Slug.StartsWith("s2-")).Select(p => p.Id).MaxAsync();
        }

        NodeRef newcomer = new(NodeKind.Partner, added);
        GraphQLException stale = await Assert.ThrowsAsync<GraphQLException>(() => research.NeighbourhoodAsync(new("of", "new", newcomer), 1, RelationSet.All, Period.All, 10, default));
        Assert.Equal(ResearchErrorCodes.ResearchNodeNotFound, Assert.Single(stale.Errors).Code);

        time.Advance(TimeSpan.FromSeconds(6));
        Neighbourhood seen = await research.NeighbourhoodAsync(new("of", "new", newcomer), 1, RelationSet.All, Period.All, 10, default);
        Assert.Equal(newcomer, seen.Nodes[0].Node);
        Assert.Equal(2, provider.Builds);

        time.Advance(TimeSpan.FromSeconds(6));
        await research.NeighbourhoodAsync(new("of", "new", newcomer), 1, RelationSet.All, Period.All, 10, default);
        Assert.Equal(2, provider.Builds);

        // Only a foreign key changes (the partner moves to another city): the weighted key sum notices.
        int otherCity;
        await using (KnowledgeGraphDbContext db = await database.Contexts.CreateDbContextAsync())
        {
            int city = await db.Partners.Where(p => p.Id == added).Select(p => p.CityId ?? 0).SingleAsync();
            otherCity = await db.Cities.Where(c => c.Id != city).Select(c => c.Id).FirstAsync();
            await db.Partners.Where(p => p.Id == added).ExecuteUpdateAsync(s => s.SetProperty(p => p.CityId, otherCity).SetProperty(p => p.RegionId, (int?)null));
        }

        time.Advance(TimeSpan.FromSeconds(6));
        Neighbourhood moved = await research.NeighbourhoodAsync(new("of", "new", newcomer), 1, RelationSet.Of([RelationKind.LocatedIn]), Period.All, 10, default);
        Assert.Equal(3, provider.Builds);
        Assert.Equal(new NodeRef(NodeKind.City, otherCity), Assert.Single(moved.Edges).To);
    }

    private sealed class ManualTime : TimeProvider
    {
        private long _ticks = 1_000_000;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
