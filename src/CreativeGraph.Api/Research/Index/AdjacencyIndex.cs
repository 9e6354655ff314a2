namespace CreativeGraph.Api.Research.Index;

/// <summary>
/// The whole graph as compressed adjacency arrays (CSR): nodes numbered 0…n-1, every edge listed under both ends,
/// neighbours in edge order, and when each project, event and membership is active (<see cref="Period"/>). Immutable once built, so any number of requests traverse it at once. About 32 bytes
/// per edge and 13 per node: the 100 000-partner graph (125 000 nodes, 310 000 edges) takes about 12 MB.
/// </summary>
internal sealed class AdjacencyIndex
{
    private readonly NodeKind[] _kinds;
    private readonly RelationKind[] _relations;
    private readonly byte[] _nodeKinds;
    private readonly int[] _nodeIds;
    private readonly int[][] _nodeByKey;
    private readonly byte[] _edgeKinds;
    private readonly int[] _edgeFrom;
    private readonly int[] _edgeTo;
    private readonly int[] _edgeRows;
    private readonly Period[] _nodeSpans;
    private readonly Period[] _edgeSpans;
    private readonly int[] _start;
    private readonly int[] _neighbours;
    private readonly int[] _edges;

    internal AdjacencyIndex(
        TraversalCatalog catalog, byte[] nodeKinds, int[] nodeIds, int[][] nodeByKey, byte[] edgeKinds, int[] edgeFrom, int[] edgeTo, int[] edgeRows, Period[] nodeSpans, Period[] edgeSpans, string fingerprint)
    {
        _kinds = [.. catalog.Nodes];
        _relations = [.. catalog.Relations];
        _nodeSpans = nodeSpans;
        _edgeSpans = edgeSpans;
        _nodeKinds = nodeKinds;
        _nodeIds = nodeIds;
        _nodeByKey = nodeByKey;
        _edgeKinds = edgeKinds;
        _edgeFrom = edgeFrom;
        _edgeTo = edgeTo;
        _edgeRows = edgeRows;
        Fingerprint = fingerprint;

        // Degrees, prefix sums, then each edge under both of its ends.
        _start = new int[nodeKinds.Length + 1];
        for (int e = 0; e < edgeKinds.Length; e++)
        {
            _start[edgeFrom[e] + 1]++;
            _start[edgeTo[e] + 1]++;
        }

        for (int n = 0; n < nodeKinds.Length; n++)
        {
            _start[n + 1] += _start[n];
        }

        _neighbours = new int[edgeKinds.Length * 2];
        _edges = new int[edgeKinds.Length * 2];
        int[] fill = _start[..^1];
        for (int e = 0; e < edgeKinds.Length; e++)
        {
            int a = edgeFrom[e];
            int b = edgeTo[e];
            _neighbours[fill[a]] = b;
            _edges[fill[a]++] = e;
            _neighbours[fill[b]] = a;
            _edges[fill[b]++] = e;
        }
    }

    /// <summary>The database fingerprint the index was built from (<see cref="GraphFingerprint"/>).</summary>
    public string Fingerprint { get; }

    public int NodeCount => _nodeKinds.Length;

    public int EdgeCount => _edgeKinds.Length;

    public bool TryGetNode(NodeRef node, out int index)
    {
        int[] byKey = node.Kind.Ordinal < _nodeByKey.Length && _kinds[node.Kind.Ordinal] == node.Kind ? _nodeByKey[node.Kind.Ordinal] : [];
        index = node.Id > 0 && node.Id < byKey.Length ? byKey[node.Id] - 1 : -1;
        return index >= 0;
    }

    public NodeRef Node(int index) => new(_kinds[_nodeKinds[index]], _nodeIds[index]);

    public RelationKind EdgeKind(int edge) => _relations[_edgeKinds[edge]];

    /// <summary>The node an edge starts from, in its stored direction.</summary>
    public int EdgeFrom(int edge) => _edgeFrom[edge];

    public GraphEdgeRef Edge(int edge) => new(EdgeKind(edge), Node(_edgeFrom[edge]), Node(_edgeTo[edge]), _edgeRows[edge]);

    /// <summary>The nodes next to <paramref name="node"/>, one entry per edge (parallel to <see cref="EdgesAt"/>).</summary>
    public ReadOnlySpan<int> NeighboursOf(int node) => _neighbours.AsSpan(_start[node], _start[node + 1] - _start[node]);

    /// <summary>The edges at <paramref name="node"/>, parallel to <see cref="NeighboursOf"/>.</summary>
    public ReadOnlySpan<int> EdgesAt(int node) => _edges.AsSpan(_start[node], _start[node + 1] - _start[node]);

    public int Degree(int node) => _start[node + 1] - _start[node];

    /// <summary>When a node is active: a project's or an event's dates; <see cref="Period.All"/> for timeless nodes.</summary>
    public Period NodeSpan(int node) => _nodeSpans[node];

    /// <summary>When an edge is active: a membership's dates; <see cref="Period.All"/> for the others (a participation is as active as its project).</summary>
    public Period EdgeSpan(int edge) => _edgeSpans[edge];

    /// <summary>
    /// Whether a traversal restricted to <paramref name="period"/> may take <paramref name="edge"/> to
    /// <paramref name="neighbour"/>: the edge and the node it leads to are both active in the period.
    /// </summary>
    public bool IsActive(int edge, int neighbour, Period period) =>
        period.IsAll || (period.Overlaps(_edgeSpans[edge]) && period.Overlaps(_nodeSpans[neighbour]));
}
