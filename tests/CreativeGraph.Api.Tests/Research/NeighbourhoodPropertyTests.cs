using CreativeGraph.Api.Research;
using CreativeGraph.Api.Research.Index;
using CreativeGraph.Api.Research.Traversal;

namespace CreativeGraph.Api.Tests.Research;

/// <summary><c>neighbourhood</c> against the reference breadth-first search: the nearest nodes, their distances, the edges among them.</summary>
public sealed class NeighbourhoodPropertyTests(SyntheticGraphFixture fixture) : IClassFixture<SyntheticGraphFixture>
{
    private static readonly RelationKind[] s_kinds = [.. TraversalCatalog.Default.Relations];

    [Fact]
    public async Task The_nearest_nodes_come_with_their_distances_and_every_edge_among_them()
    {
        var random = new Random(42);
        int cut = 0;
        for (int i = 0; i < 200; i++)
        {
            NodeRef center = fixture.Reference.Nodes[random.Next(fixture.Reference.Nodes.Count)];
            HashSet<RelationKind> via = random.Next(2) == 0 ? [.. s_kinds] : [.. s_kinds.Where(_ => random.Next(2) == 0)];
            int depth = random.Next(0, 5);
            int first = random.Next(1, 300);

            Neighbourhood result = await fixture.Research.NeighbourhoodAsync(new("of", center.ToString(), center), depth, RelationSet.Of(via), Period.All, first, default);

            Dictionary<NodeRef, int> ball = fixture.Reference.Distances(center, via, depth);
            Assert.Equal(center, result.Nodes[0].Node);
            Assert.Equal(Math.Min(first, ball.Count), result.Nodes.Count);
            Assert.Equal(ball.Count > first, result.HasMoreNodes);
            Assert.All(result.Nodes, n => Assert.Equal(ball[n.Node], n.Distance));
            Assert.Equal(result.Nodes.Count, result.Nodes.Select(n => n.Node).Distinct().Count());

            // Breadth-first: when cut, everything nearer than the farthest returned node is there.
            int farthest = result.Nodes[^1].Distance;
            HashSet<NodeRef> returned = [.. result.Nodes.Select(n => n.Node)];
            Assert.All(ball.Where(b => b.Value < farthest), b => Assert.Contains(b.Key, returned));
            cut += result.HasMoreNodes ? 1 : 0;

            var expectedEdges = returned
                .SelectMany(n => fixture.Reference.Adjacent(n))
                .Where(a => via.Contains(a.Kind) && returned.Contains(a.From) && returned.Contains(a.To))
                .Select(a => (a.Kind, a.From, a.To))
                .Distinct()
                .OrderBy(e => e.ToString(), StringComparer.Ordinal);
            Assert.False(result.EdgesTruncated);
            Assert.Equal(expectedEdges, result.Edges.Select(e => (e.Kind, e.From, e.To)).OrderBy(e => e.ToString(), StringComparer.Ordinal));
        }

        Assert.InRange(cut, 20, 180);
    }

    [Fact]
    public async Task Past_the_edge_bound_the_edges_are_cut_and_say_so()
    {
        var options = new ResearchOptions { MaxEdges = 5 };
        ResearchGraph research = fixture.Database.Research(options);
        NodeRef busiest = fixture.Reference.Nodes.OrderByDescending(n => fixture.Reference.Adjacent(n).Count()).First();

        Neighbourhood result = await research.NeighbourhoodAsync(new("of", busiest.ToString(), busiest), 1, RelationSet.All, Period.All, 100, default);

        Assert.True(result.EdgesTruncated);
        Assert.Equal(5, result.Edges.Count);
    }

    [Fact]
    public async Task A_period_keeps_only_the_projects_active_in_it_and_undated_ones()
    {
        Period period = Period.Years(2008, 2010);
        Dictionary<int, (DateOnly? Start, DateOnly? End)> dates = fixture.Database.Graph.Projects.ToDictionary(p => p.Id, p => (p.StartDate, p.EndDate));
        int reached = 0;
        foreach (NodeRef partner in fixture.Reference.Nodes.Where(n => n.Kind == NodeKind.Partner).Take(200))
        {
            Neighbourhood all = await fixture.Research.NeighbourhoodAsync(new("of", partner.ToString(), partner), 1, RelationSet.Of([RelationKind.Participation]), Period.All, 500, default);
            Neighbourhood during = await fixture.Research.NeighbourhoodAsync(new("of", partner.ToString(), partner), 1, RelationSet.Of([RelationKind.Participation]), period, 500, default);
            NodeRef[] expected = [.. all.Nodes.Skip(1).Select(n => n.Node).Where(p => (dates[p.Id].Start is not DateOnly s || s.Year <= 2010) && (dates[p.Id].End is not DateOnly e || e.Year >= 2008))];
            Assert.Equal(expected, during.Nodes.Skip(1).Select(n => n.Node));
            reached += expected.Length;
        }

        Assert.True(reached > 0);
    }
}
