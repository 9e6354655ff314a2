using CreativeGraph.Api.Research.Index;

namespace CreativeGraph.Api.Research.Collaboration;

/// <summary>
/// The partner collaboration network of a <see cref="NetworkSelection"/>: one node per selected partner that takes
/// part in a selected project, an undirected edge between two partners sharing at least one selected project,
/// weighted by how many they share. Nodes are numbered in partner key order (so every computation over them is
/// deterministic); adjacency is compressed (CSR), each edge listed under both ends, neighbours in node order.
/// </summary>
internal sealed class CollaborationNetwork
{
    private CollaborationNetwork(int[] partners, int[] start, int[] neighbours, double[] weights)
    {
        Partners = partners;
        Start = start;
        Neighbours = neighbours;
        Weights = weights;
    }

    /// <summary>The partner key of each node.</summary>
    public int[] Partners { get; }

    /// <summary>Node i's neighbours are <c>Neighbours[Start[i]..Start[i + 1]]</c>.</summary>
    public int[] Start { get; }

    public int[] Neighbours { get; }

    /// <summary>Shared projects per entry of <see cref="Neighbours"/>.</summary>
    public double[] Weights { get; }

    public int NodeCount => Partners.Length;

    public int EdgeCount => Neighbours.Length / 2;

    public int Degree(int node) => Start[node + 1] - Start[node];

    /// <summary>
    /// Builds the network from the adjacency index: the selected projects' participations, partner pairs per
    /// project, summed. <paramref name="maxPairs"/> bounds the work (pairs are counted per project, so a project of
    /// 30 partners adds 435); past it the selection is refused with a coded error.
    /// </summary>
    public static CollaborationNetwork Build(AdjacencyIndex index, NetworkSelection selection, long maxPairs, CancellationToken cancellationToken)
    {
        bool[] partnerSelected = selection.SelectPartners(index);
        var local = new Dictionary<int, int>();
        var members = new List<int>();
        var pairs = new Dictionary<long, int>();
        long counted = 0;
        for (int node = 0; node < index.NodeCount; node++)
        {
            if (index.Node(node).Kind != NodeKind.Project || !selection.IncludesProject(index, node))
            {
                continue;
            }

            if ((node & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            members.Clear();
            ReadOnlySpan<int> neighbours = index.NeighboursOf(node);
            ReadOnlySpan<int> edges = index.EdgesAt(node);
            for (int i = 0; i < neighbours.Length; i++)
            {
                if (index.EdgeKind(edges[i]) == RelationKind.Participation && partnerSelected[neighbours[i]])
                {
                    members.Add(neighbours[i]);
                    local.TryAdd(neighbours[i], 0);
                }
            }

            counted += (long)members.Count * (members.Count - 1) / 2;
            if (counted > maxPairs)
            {
                throw ResearchErrors.NetworkTooLarge(maxPairs);
            }

            for (int a = 0; a < members.Count; a++)
            {
                for (int b = a + 1; b < members.Count; b++)
                {
                    (int low, int high) = members[a] < members[b] ? (members[a], members[b]) : (members[b], members[a]);
                    long key = ((long)low << 32) | (uint)high;
                    pairs[key] = pairs.GetValueOrDefault(key) + 1;
                }
            }
        }

        // Index nodes of one kind are numbered in key order, so sorting them sorts the partners by key.
        int[] order = [.. local.Keys.Order()];
        for (int i = 0; i < order.Length; i++)
        {
            local[order[i]] = i;
        }

        return FromPairs([.. order.Select(n => index.Node(n).Id)], pairs.Select(p => (local[(int)(p.Key >> 32)], local[(int)(p.Key & 0xFFFFFFFF)], (double)p.Value)));
    }

    /// <summary>A network from its nodes (partner keys) and weighted edges between node numbers (each pair once).</summary>
    public static CollaborationNetwork FromPairs(int[] partners, IEnumerable<(int A, int B, double Weight)> edges)
    {
        var list = edges.ToList();
        int[] start = new int[partners.Length + 1];
        foreach ((int a, int b, _) in list)
        {
            start[a + 1]++;
            start[b + 1]++;
        }

        for (int i = 0; i < partners.Length; i++)
        {
            start[i + 1] += start[i];
        }

        int[] fill = start[..^1];
        int[] neighbours = new int[list.Count * 2];
        double[] weights = new double[list.Count * 2];
        foreach ((int a, int b, double w) in list)
        {
            neighbours[fill[a]] = b;
            weights[fill[a]++] = w;
            neighbours[fill[b]] = a;
            weights[fill[b]++] = w;
        }

        for (int i = 0; i < partners.Length; i++)
        {
            Array.Sort(neighbours, weights, start[i], start[i + 1] - start[i]);
        }

        return new CollaborationNetwork(partners, start, neighbours, weights);
    }
}
