using CreativeGraph.Api.Research;
using CreativeGraph.Api.Research.Index;
using CreativeGraph.Api.Research.Traversal;

namespace CreativeGraph.Api.Tests.Research;

/// <summary>
/// <c>path</c>/<c>paths</c> against the test's own breadth-first search on a generated graph: random pairs,
/// random <c>via</c> sets and bounds (fixed seed), every answer checked edge by edge.
/// </summary>
public sealed class ShortestPathPropertyTests(SyntheticGraphFixture fixture) : IClassFixture<SyntheticGraphFixture>
{
    private static readonly RelationKind[] s_kinds = [.. TraversalCatalog.Default.Relations];

    [Fact]
    public async Task The_path_found_is_as_short_as_the_reference_search_and_made_of_real_edges()
    {
        var random = new Random(20261201);
        int found = 0;
        for (int i = 0; i < 300; i++)
        {
            NodeRef from = Pick(random);
            NodeRef to = Pick(random);
            HashSet<RelationKind> via = Via(random);
            int maxLength = random.Next(2, 11);

            IReadOnlyList<GraphPath> paths = await fixture.Research.ShortestPathsAsync(Arg("from", from), Arg("to", to), RelationSet.Of(via), Period.All, maxLength, 1, default);

            Dictionary<NodeRef, int> distances = fixture.Reference.Distances(from, via, maxLength);
            if (!distances.TryGetValue(to, out int distance))
            {
                Assert.Empty(paths);
                continue;
            }

            GraphPath path = Assert.Single(paths);
            Assert.Equal(distance, path.Length);
            AssertWalk(path, from, to, via);
            found++;
        }

        Assert.True(found > 100, $"only {found} of 300 pairs were connected: the test would prove little");
    }

    [Fact]
    public async Task Paths_are_every_distinct_shortest_path_up_to_first()
    {
        var random = new Random(7);
        int several = 0;
        for (int i = 0; i < 120; i++)
        {
            NodeRef from = Pick(random);
            NodeRef to = Pick(random);
            HashSet<RelationKind> via = i % 2 == 0 ? [.. s_kinds] : Via(random);
            int first = random.Next(1, 101);

            IReadOnlyList<GraphPath> paths = await fixture.Research.ShortestPathsAsync(Arg("from", from), Arg("to", to), RelationSet.Of(via), Period.All, 6, first, default);

            long expected = fixture.Reference.CountShortestPaths(from, to, via, 6, first);
            Assert.Equal(expected, paths.Count);
            Assert.Equal(paths.Count, paths.Select(p => string.Join(">", p.Edges)).Distinct().Count());
            foreach (GraphPath path in paths)
            {
                Assert.Equal(paths[0].Length, path.Length);
                AssertWalk(path, from, to, via);
            }

            several += paths.Count > 1 ? 1 : 0;
        }

        Assert.True(several > 20, $"only {several} pairs had more than one shortest path");
    }

    [Fact]
    public async Task A_node_is_joined_to_itself_by_the_empty_path()
    {
        NodeRef node = fixture.Reference.Nodes[5];

        GraphPath path = Assert.Single(await fixture.Research.ShortestPathsAsync(Arg("from", node), Arg("to", node), RelationSet.All, Period.All, 0, 10, default));

        Assert.Equal([node], path.Nodes);
        Assert.Empty(path.Edges);
    }

    /// <summary>The path starts and ends where asked, and each edge is a real edge of an allowed kind between its neighbours.</summary>
    private void AssertWalk(GraphPath path, NodeRef from, NodeRef to, HashSet<RelationKind> via)
    {
        Assert.Equal(from, path.Nodes[0]);
        Assert.Equal(to, path.Nodes[^1]);
        Assert.Equal(path.Edges.Count + 1, path.Nodes.Count);
        Assert.Equal(path.Nodes.Count, path.Nodes.Distinct().Count());
        for (int i = 0; i < path.Edges.Count; i++)
        {
            GraphEdgeRef edge = path.Edges[i];
            Assert.Contains(edge.Kind, via);
            Assert.True(
                (edge.From == path.Nodes[i] && edge.To == path.Nodes[i + 1]) || (edge.To == path.Nodes[i] && edge.From == path.Nodes[i + 1]),
                $"edge {i} ({edge}) does not join {path.Nodes[i]} and {path.Nodes[i + 1]}");
            Assert.Contains(fixture.Reference.Adjacent(edge.From), a => a.Kind == edge.Kind && a.From == edge.From && a.To == edge.To);
        }
    }

    private NodeRef Pick(Random random) => fixture.Reference.Nodes[random.Next(fixture.Reference.Nodes.Count)];

    private static HashSet<RelationKind> Via(Random random)
    {
        if (random.Next(3) == 0)
        {
            return [.. s_kinds];
        }

        HashSet<RelationKind> via = [.. s_kinds.Where(_ => random.Next(2) == 0)];
        via.Add(RelationKind.Participation);
        return via;
    }

    private static NodeArgument Arg(string name, NodeRef node) => new(name, node.ToString(), node);
}
