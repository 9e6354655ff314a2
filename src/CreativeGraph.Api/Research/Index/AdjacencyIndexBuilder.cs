namespace CreativeGraph.Api.Research.Index;

/// <summary>Collects nodes, then edges between known nodes, into an <see cref="AdjacencyIndex"/> of the kinds of <paramref name="catalog"/>.</summary>
internal sealed class AdjacencyIndexBuilder(TraversalCatalog catalog)
{
    private readonly List<byte> _nodeKinds = [];
    private readonly List<int> _nodeIds = [];
    private readonly List<int>[] _keys = [.. catalog.Nodes.Select(_ => new List<int>())];
    private readonly int[][] _nodeByKey = new int[catalog.Nodes.Count][];
    private readonly List<byte> _edgeKinds = [];
    private readonly List<int> _edgeFrom = [];
    private readonly List<int> _edgeTo = [];
    private readonly List<int> _edgeRows = [];
    private readonly List<Period> _edgeSpans = [];
    private Period[] _nodeSpans = [];
    private bool _nodesSealed;

    public void AddNode(NodeKind kind, int id)
    {
        if (_nodesSealed)
        {
            throw new InvalidOperationException("Nodes come before edges.");
        }

        _keys[kind.Ordinal].Add(id);
    }

    /// <summary>Adds an edge; an end that is not a known node (a dangling key) drops the edge.</summary>
    public void AddEdge(RelationKind kind, NodeRef from, NodeRef to, int rowId, Period? span = null)
    {
        SealNodes();
        int a = Find(from);
        int b = Find(to);
        if (a < 0 || b < 0)
        {
            return;
        }

        _edgeKinds.Add((byte)kind.Ordinal);
        _edgeFrom.Add(a);
        _edgeTo.Add(b);
        _edgeRows.Add(rowId);
        _edgeSpans.Add(span ?? Period.All);
    }

    /// <summary>When a known node is active (a project's or an event's dates); nodes without a span are always active.</summary>
    public void SetSpan(NodeRef node, Period span)
    {
        SealNodes();
        int n = Find(node);
        if (n >= 0)
        {
            _nodeSpans[n] = span;
        }
    }

    public AdjacencyIndex Build(string fingerprint)
    {
        SealNodes();
        return new AdjacencyIndex(catalog, [.. _nodeKinds], [.. _nodeIds], _nodeByKey, [.. _edgeKinds], [.. _edgeFrom], [.. _edgeTo], [.. _edgeRows], _nodeSpans, [.. _edgeSpans], fingerprint);
    }

    private int Find(NodeRef node)
    {
        int[] byKey = _nodeByKey[node.Kind.Ordinal];
        return node.Id > 0 && node.Id < byKey.Length ? byKey[node.Id] - 1 : -1;
    }

    /// <summary>Numbers the nodes kind by kind, in key order, and builds the key → node maps (0 = no such node).</summary>
    private void SealNodes()
    {
        if (_nodesSealed)
        {
            return;
        }

        _nodesSealed = true;
        for (int k = 0; k < _keys.Length; k++)
        {
            List<int> ids = _keys[k];
            ids.Sort();
            int[] byKey = new int[ids.Count == 0 ? 1 : ids[^1] + 1];
            foreach (int id in ids)
            {
                if (id > 0 && byKey[id] == 0)
                {
                    _nodeKinds.Add((byte)k);
                    _nodeIds.Add(id);
                    byKey[id] = _nodeKinds.Count;
                }
            }

            _nodeByKey[k] = byKey;
        }

        _nodeSpans = new Period[_nodeKinds.Count];
        Array.Fill(_nodeSpans, Period.All);
    }
}
