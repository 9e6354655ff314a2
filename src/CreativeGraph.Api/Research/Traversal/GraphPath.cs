using CreativeGraph.Api.Research.Index;

namespace CreativeGraph.Api.Research.Traversal;

/// <summary>
/// A path as alternating nodes and edges: <c>Edges[i]</c> joins <c>Nodes[i]</c> and <c>Nodes[i + 1]</c> (in either
/// stored direction). A path from a node to itself has one node and no edge.
/// </summary>
internal sealed record GraphPath(IReadOnlyList<NodeRef> Nodes, IReadOnlyList<GraphEdgeRef> Edges)
{
    public int Length => Edges.Count;
}
