namespace CreativeGraph.Api.Research.Collaboration;

/// <summary>
/// Communities by the Louvain method (Blondel et al. 2008) on the weighted network, as NetworkX's
/// <c>louvain_communities(G, weight="weight", resolution, threshold)</c> runs it, but deterministic: nodes are
/// visited in node order (partner key order) instead of a random one, and a node moves only for a strictly larger
/// gain, to the first neighbouring community (in neighbour order) that gives it. Each level moves nodes until no
/// move helps, then merges each community into one node; it stops when a level raises the modularity by no more
/// than <c>threshold</c>. Communities are numbered by size, largest first (ties: the one with the smaller first
/// member first).
/// </summary>
internal static class Louvain
{
    public static (int[] Community, double Modularity) Compute(CollaborationNetwork network, double resolution, double threshold, CancellationToken cancellationToken)
    {
        int n = network.NodeCount;
        int[] community = [.. Enumerable.Range(0, n)];
        Level level = Level.From(network);
        if (level.TotalWeight == 0)
        {
            return (Number(community), 0);
        }

        double modularity = Modularity(network, community, resolution);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int[] moved = level.MoveNodes(resolution, cancellationToken);
            int[] candidate = [.. community.Select(c => moved[c])];
            double next = Modularity(network, candidate, resolution);
            if (next - modularity <= threshold)
            {
                break;
            }

            (community, modularity) = (candidate, next);
            level = level.Aggregate(moved);
        }

        community = Number(community);
        return (community, Modularity(network, community, resolution));
    }

    /// <summary>Q = Σ_c (L_c / m − resolution · (D_c / 2m)²): L_c the weight inside c, D_c the weighted degree of c, m the total weight.</summary>
    public static double Modularity(CollaborationNetwork network, int[] community, double resolution)
    {
        double m = 0;
        var inside = new Dictionary<int, double>();
        var degree = new Dictionary<int, double>();
        for (int v = 0; v < network.NodeCount; v++)
        {
            for (int e = network.Start[v]; e < network.Start[v + 1]; e++)
            {
                double w = network.Weights[e];
                m += w / 2;
                degree[community[v]] = degree.GetValueOrDefault(community[v]) + w;
                if (community[network.Neighbours[e]] == community[v])
                {
                    inside[community[v]] = inside.GetValueOrDefault(community[v]) + (w / 2);
                }
            }
        }

        return m == 0 ? 0 : degree.Keys.Sum(c => (inside.GetValueOrDefault(c) / m) - (resolution * Math.Pow(degree[c] / (2 * m), 2)));
    }

    private static int[] Number(int[] community)
    {
        var size = new Dictionary<int, int>();
        var first = new Dictionary<int, int>();
        for (int v = 0; v < community.Length; v++)
        {
            size[community[v]] = size.GetValueOrDefault(community[v]) + 1;
            first.TryAdd(community[v], v);
        }

        var rank = size.Keys.OrderByDescending(c => size[c]).ThenBy(c => first[c]).Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        return [.. community.Select(c => rank[c])];
    }

    /// <summary>One level's graph: nodes (communities of the level below), weighted edges, and each node's self-loop weight.</summary>
    private sealed record Level(int[] Start, int[] Neighbours, double[] Weights, double[] SelfLoops)
    {
        public int Count => SelfLoops.Length;

        public double TotalWeight => (Weights.Sum() / 2) + SelfLoops.Sum();

        public static Level From(CollaborationNetwork network) =>
            new(network.Start, network.Neighbours, network.Weights, new double[network.NodeCount]);

        /// <summary>Local moving: returns the community (numbered 0…k−1 by first appearance) of each node of this level.</summary>
        public int[] MoveNodes(double resolution, CancellationToken cancellationToken)
        {
            int n = Count;
            double m = TotalWeight;
            int[] community = [.. Enumerable.Range(0, n)];
            double[] degree = new double[n];
            for (int v = 0; v < n; v++)
            {
                degree[v] = (2 * SelfLoops[v]) + Weights.AsSpan(Start[v], Start[v + 1] - Start[v]).ToArray().Sum();
            }

            double[] total = (double[])degree.Clone();
            var toCommunity = new Dictionary<int, double>();
            var seen = new List<int>();
            bool moved = true;
            while (moved)
            {
                cancellationToken.ThrowIfCancellationRequested();
                moved = false;
                for (int u = 0; u < n; u++)
                {
                    toCommunity.Clear();
                    seen.Clear();
                    for (int e = Start[u]; e < Start[u + 1]; e++)
                    {
                        int c = community[Neighbours[e]];
                        if (toCommunity.TryAdd(c, 0))
                        {
                            seen.Add(c);
                        }

                        toCommunity[c] += Weights[e];
                    }

                    int current = community[u];
                    total[current] -= degree[u];
                    double remove = (-toCommunity.GetValueOrDefault(current) / m) + (resolution * total[current] * degree[u] / (2 * m * m));
                    double bestGain = 0;
                    int best = current;
                    foreach (int c in seen)
                    {
                        double gain = remove + (toCommunity[c] / m) - (resolution * total[c] * degree[u] / (2 * m * m));
                        if (gain > bestGain)
                        {
                            (bestGain, best) = (gain, c);
                        }
                    }

                    total[best] += degree[u];
                    if (best != current)
                    {
                        community[u] = best;
                        moved = true;
                    }
                }
            }

            var renumber = new Dictionary<int, int>();
            return [.. community.Select(c => renumber.TryGetValue(c, out int r) ? r : renumber[c] = renumber.Count)];
        }

        /// <summary>The next level: one node per community, edge weights summed, the weight inside a community as its self-loop.</summary>
        public Level Aggregate(int[] community)
        {
            int k = community.Max() + 1;
            double[] self = new double[k];
            var edges = new Dictionary<(int, int), double>();
            for (int v = 0; v < Count; v++)
            {
                self[community[v]] += SelfLoops[v];
                for (int e = Start[v]; e < Start[v + 1]; e++)
                {
                    int a = community[v];
                    int b = community[Neighbours[e]];
                    if (a == b)
                    {
                        self[a] += Weights[e] / 2;
                    }
                    else
                    {
                        edges[(a, b)] = edges.GetValueOrDefault((a, b)) + Weights[e];
                    }
                }
            }

            CollaborationNetwork merged = CollaborationNetwork.FromPairs(new int[k], edges.Where(x => x.Key.Item1 < x.Key.Item2).Select(x => (x.Key.Item1, x.Key.Item2, x.Value)));
            return new Level(merged.Start, merged.Neighbours, merged.Weights, self);
        }
    }
}
