using CreativeGraph.Api.Research.Index;

namespace CreativeGraph.Api.Research.Traversal;

/// <summary>One step along a path: the edge taken and the node it leads to.</summary>
internal sealed record PathStep(GraphEdgeRef Edge, NodeRef Node);
