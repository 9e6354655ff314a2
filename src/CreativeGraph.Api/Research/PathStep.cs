namespace CreativeGraph.Api.Research;

/// <summary>One step along a path: the edge taken and the node it leads to.</summary>
internal sealed record PathStep(GraphEdgeRef Edge, NodeRef Node);
