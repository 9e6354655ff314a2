using CreativeGraph.Api.Research.Index;

namespace CreativeGraph.Api.Research.Traversal;

/// <summary>
/// Shortest paths by bidirectional breadth-first search: the two searches grow one whole layer at a time, the
/// smaller frontier first, and stop at the first layer where they meet. Every shortest path then crosses that
/// layer at a meeting node <c>m</c> with <c>d(source, m) + d(m, target)</c> equal to the length, so all of them are
/// the source-side paths to <c>m</c> (stepping to neighbours one layer closer) joined to the target-side paths
/// from <c>m</c>. The work is bounded by <c>maxVisited</c> and by the number of paths asked for.
/// </summary>
internal static class ShortestPaths
{
    /// <returns>Up to <paramref name="maxPaths"/> shortest paths, in a stable order; empty when none is within <paramref name="maxLength"/>.</returns>
    /// <exception cref="GraphQL.Response.GraphQLException">The search visited more than <paramref name="maxVisited"/> nodes.</exception>
    public static IReadOnlyList<GraphPath> Find(
        AdjacencyIndex index, int source, int target, RelationSet via, Period period, int maxLength, int maxPaths, int maxVisited, CancellationToken cancellationToken)
    {
        if (source == target)
        {
            return [new GraphPath([index.Node(source)], [])];
        }

        using var fromSource = new NodeMarks(index.NodeCount);
        using var fromTarget = new NodeMarks(index.NodeCount);
        fromSource.Visit(source, 0);
        fromTarget.Visit(target, 0);
        List<int> sourceFrontier = [source];
        List<int> targetFrontier = [target];
        int sourceDepth = 0;
        int targetDepth = 0;
        int visited = 2;
        List<int> meeting = [];
        while (meeting.Count == 0 && sourceDepth + targetDepth < maxLength && sourceFrontier.Count > 0 && targetFrontier.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool forward = sourceFrontier.Count <= targetFrontier.Count;
            NodeMarks marks = forward ? fromSource : fromTarget;
            NodeMarks other = forward ? fromTarget : fromSource;
            List<int> frontier = forward ? sourceFrontier : targetFrontier;
            int depth = (forward ? sourceDepth : targetDepth) + 1;
            var next = new List<int>();
            foreach (int node in frontier)
            {
                ReadOnlySpan<int> neighbours = index.NeighboursOf(node);
                ReadOnlySpan<int> edges = index.EdgesAt(node);
                for (int i = 0; i < neighbours.Length; i++)
                {
                    int n = neighbours[i];
                    if (marks.IsVisited(n) || !via.Contains(index.EdgeKind(edges[i])) || !index.IsActive(edges[i], n, period))
                    {
                        continue;
                    }

                    marks.Visit(n, depth);
                    next.Add(n);
                    if (other.IsVisited(n))
                    {
                        meeting.Add(n);
                    }

                    if (++visited > maxVisited)
                    {
                        throw ResearchErrors.TraversalTooLarge(maxVisited);
                    }
                }
            }

            if (forward)
            {
                (sourceFrontier, sourceDepth) = (next, depth);
            }
            else
            {
                (targetFrontier, targetDepth) = (next, depth);
            }
        }

        var paths = new List<GraphPath>();
        foreach (int m in meeting)
        {
            foreach (List<(int Node, int Edge)> head in HalfPaths(index, fromSource, m, via, period))
            {
                foreach (List<(int Node, int Edge)> tail in HalfPaths(index, fromTarget, m, via, period))
                {
                    paths.Add(Join(index, head, tail));
                    if (paths.Count == maxPaths)
                    {
                        return paths;
                    }
                }
            }
        }

        return paths;
    }

    /// <summary>
    /// Every shortest path from <paramref name="node"/> back to the search's origin, as (node, edge to the next
    /// node nearer the origin) steps: each step goes to a neighbour one layer nearer, which always reaches the origin.
    /// </summary>
    private static IEnumerable<List<(int Node, int Edge)>> HalfPaths(AdjacencyIndex index, NodeMarks marks, int node, RelationSet via, Period period)
    {
        int distance = marks.Distance(node);
        if (distance == 0)
        {
            yield return [(node, -1)];
            yield break;
        }

        ReadOnlySpan<int> neighbours = index.NeighboursOf(node);
        var steps = new List<(int Neighbour, int Edge)>();
        for (int i = 0; i < neighbours.Length; i++)
        {
            int edge = index.EdgesAt(node)[i];
            if (marks.Distance(neighbours[i]) == distance - 1 && via.Contains(index.EdgeKind(edge)) && index.IsActive(edge, neighbours[i], period))
            {
                steps.Add((neighbours[i], edge));
            }
        }

        foreach ((int neighbour, int edge) in steps)
        {
            foreach (List<(int Node, int Edge)> rest in HalfPaths(index, marks, neighbour, via, period))
            {
                rest.Add((node, edge));
                yield return rest;
                rest.RemoveAt(rest.Count - 1);
            }
        }
    }

    /// <summary>Source → meeting node (<paramref name="head"/>, origin first) then meeting node → target (<paramref name="tail"/> reversed).</summary>
    private static GraphPath Join(AdjacencyIndex index, List<(int Node, int Edge)> head, List<(int Node, int Edge)> tail)
    {
        var nodes = new List<NodeRef>(head.Count + tail.Count - 1);
        var edges = new List<GraphEdgeRef>(head.Count + tail.Count - 2);
        foreach ((int node, int edge) in head)
        {
            if (edge >= 0)
            {
                edges.Add(index.Edge(edge));
            }

            nodes.Add(index.Node(node));
        }

        // tail runs target … meeting node, each step carrying the edge towards the meeting node.
        for (int i = tail.Count - 1; i > 0; i--)
        {
            edges.Add(index.Edge(tail[i].Edge));
            nodes.Add(index.Node(tail[i - 1].Node));
        }

        return new GraphPath(nodes, edges);
    }
}
