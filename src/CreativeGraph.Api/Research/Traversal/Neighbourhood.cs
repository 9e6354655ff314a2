using CreativeGraph.Api.Research.Index;

namespace CreativeGraph.Api.Research.Traversal;

/// <summary>A node of a neighbourhood and its distance (in edges) from the centre.</summary>
internal readonly record struct NeighbourhoodNode(NodeRef Node, int Distance);

/// <summary>
/// The k-hop subgraph around a node: the nearest nodes in breadth-first order (distance, then edge order) and the
/// edges among them.
/// </summary>
/// <param name="Nodes">The centre first, then the others by distance; at most the requested number.</param>
/// <param name="Edges">The edges of the followed kinds whose two ends are both in <paramref name="Nodes"/>.</param>
/// <param name="HasMoreNodes">More nodes lie within the depth than were returned.</param>
/// <param name="EdgesTruncated">More edges join the returned nodes than the edge bound allowed.</param>
internal sealed record Neighbourhood(IReadOnlyList<NeighbourhoodNode> Nodes, IReadOnlyList<GraphEdgeRef> Edges, bool HasMoreNodes, bool EdgesTruncated)
{
    /// <summary>
    /// Breadth-first search from <paramref name="center"/> to <paramref name="depth"/> edges, following only the
    /// kinds in <paramref name="via"/> and only edges and nodes active in <paramref name="period"/>. It stops as soon as one node more than <paramref name="maxNodes"/> was
    /// found, so the work is bounded by the nodes returned (and their degrees), never by the size of the graph.
    /// </summary>
    public static Neighbourhood Collect(AdjacencyIndex index, int center, int depth, RelationSet via, Period period, int maxNodes, int maxEdges, CancellationToken cancellationToken)
    {
        using var marks = new NodeMarks(index.NodeCount);
        var order = new List<int>(Math.Min(maxNodes, 1024)) { center };
        marks.Visit(center, 0);
        bool more = false;
        for (int head = 0; head < order.Count && !more; head++)
        {
            int node = order[head];
            int distance = marks.Distance(node);
            if (distance == depth)
            {
                break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            ReadOnlySpan<int> neighbours = index.NeighboursOf(node);
            ReadOnlySpan<int> edges = index.EdgesAt(node);
            for (int i = 0; i < neighbours.Length; i++)
            {
                int next = neighbours[i];
                if (marks.IsVisited(next) || !via.Contains(index.EdgeKind(edges[i])) || !index.IsActive(edges[i], next, period))
                {
                    continue;
                }

                if (order.Count == maxNodes)
                {
                    more = true;
                    break;
                }

                marks.Visit(next, distance + 1);
                order.Add(next);
            }
        }

        var nodes = new List<NeighbourhoodNode>(order.Count);
        var found = new List<GraphEdgeRef>();
        bool truncated = false;
        foreach (int node in order)
        {
            nodes.Add(new NeighbourhoodNode(index.Node(node), marks.Distance(node)));
            ReadOnlySpan<int> neighbours = index.NeighboursOf(node);
            ReadOnlySpan<int> edges = index.EdgesAt(node);
            for (int i = 0; i < neighbours.Length && !truncated; i++)
            {
                // Each edge is listed under both ends: take it at its stored "from" end only.
                int edge = edges[i];
                if (!marks.IsVisited(neighbours[i]) || !via.Contains(index.EdgeKind(edge)) || index.EdgeFrom(edge) != node || !index.IsActive(edge, neighbours[i], period))
                {
                    continue;
                }

                if (found.Count == maxEdges)
                {
                    truncated = true;
                    break;
                }

                found.Add(index.Edge(edge));
            }
        }

        return new Neighbourhood(nodes, found, more, truncated);
    }
}
