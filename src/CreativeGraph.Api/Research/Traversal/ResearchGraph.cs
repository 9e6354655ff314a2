using CreativeGraph.Api.Research.Index;

namespace CreativeGraph.Api.Research.Traversal;

/// <summary>
/// The research traversals over the current <see cref="AdjacencyIndex"/>, with the bounds of
/// <see cref="ResearchOptions"/> checked before any work: a bad argument is a coded error, never a long search.
/// </summary>
internal sealed class ResearchGraph(AdjacencyIndexProvider indexes, ResearchOptions options)
{
    public ResearchOptions Options => options;

    public async Task<Neighbourhood> NeighbourhoodAsync(NodeArgument center, int depth, RelationSet via, Period period, int? first, CancellationToken cancellationToken)
    {
        CheckRange(ResearchErrorCodes.ResearchDepthOutOfRange, "depth", depth, 0, options.MaxDepth);
        int nodes = first ?? options.DefaultNodes;
        CheckRange(ResearchErrorCodes.ResearchResultSizeOutOfRange, "first", nodes, 1, options.MaxNodes);
        AdjacencyIndex index = await indexes.GetAsync(cancellationToken).ConfigureAwait(false);
        return Neighbourhood.Collect(index, Find(index, center), depth, via, period, nodes, options.MaxEdges, cancellationToken);
    }

    /// <returns>Up to <paramref name="first"/> shortest paths; empty when none is within <paramref name="maxLength"/>.</returns>
    public async Task<IReadOnlyList<GraphPath>> ShortestPathsAsync(
        NodeArgument from, NodeArgument to, RelationSet via, Period period, int maxLength, int first, CancellationToken cancellationToken)
    {
        CheckRange(ResearchErrorCodes.ResearchPathLengthOutOfRange, "maxLength", maxLength, 0, options.MaxPathLength);
        CheckRange(ResearchErrorCodes.ResearchResultSizeOutOfRange, "first", first, 1, options.MaxPaths);
        AdjacencyIndex index = await indexes.GetAsync(cancellationToken).ConfigureAwait(false);
        return ShortestPaths.Find(index, Find(index, from), Find(index, to), via, period, maxLength, first, options.MaxVisitedNodes, cancellationToken);
    }

    private static int Find(AdjacencyIndex index, NodeArgument node) =>
        index.TryGetNode(node.Node, out int found) ? found : throw ResearchErrors.NodeNotFound(node.Argument, node.Value);

    private static void CheckRange(string code, string argument, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            throw ResearchErrors.OutOfRange(code, argument, value, min, max);
        }
    }
}
