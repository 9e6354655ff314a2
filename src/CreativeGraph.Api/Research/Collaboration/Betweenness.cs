namespace CreativeGraph.Api.Research.Collaboration;

/// <summary>
/// Betweenness centrality by Brandes' algorithm (2001) on the unweighted network: a breadth-first search from
/// each source counts shortest paths, then dependencies are accumulated in reverse order. Normalised as NetworkX's
/// <c>betweenness_centrality(G, normalized=True)</c>: the sum over ordered pairs divided by (n − 1)(n − 2).
/// Above <c>exactMaxNodes</c> nodes only <c>samples</c> sources are searched, drawn without replacement by a seeded
/// generator (the same network and options give the same values), and the sum is scaled by n / samples
/// (Brandes and Pich 2007). Each source adds at most n / (n − 1) to a node's normalised estimate, so by Hoeffding's
/// inequality an estimate is within <see cref="ErrorBound"/> of the exact value with probability 95 %.
/// </summary>
internal static class Betweenness
{
    /// <returns>The normalised betweenness of every node and the number of sources searched (n when exact).</returns>
    public static (double[] Values, int Sources) Compute(CollaborationNetwork network, int exactMaxNodes, int samples, int seed, CancellationToken cancellationToken)
    {
        int n = network.NodeCount;
        double[] centrality = new double[n];
        int[] sources = n <= exactMaxNodes || samples >= n ? [.. Enumerable.Range(0, n)] : Sample(n, samples, seed);
        int[] order = new int[n];
        int[] distance = new int[n];
        double[] paths = new double[n];
        double[] dependency = new double[n];
        Array.Fill(distance, -1);
        foreach (int source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int count = Search(network, source, order, distance, paths);
            for (int i = count - 1; i > 0; i--)
            {
                int w = order[i];
                for (int e = network.Start[w]; e < network.Start[w + 1]; e++)
                {
                    int v = network.Neighbours[e];
                    if (distance[v] == distance[w] - 1)
                    {
                        dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }

                centrality[w] += dependency[w];
            }

            for (int i = 0; i < count; i++)
            {
                int v = order[i];
                distance[v] = -1;
                paths[v] = 0;
                dependency[v] = 0;
            }
        }

        if (n > 2)
        {
            double scale = 1.0 / ((n - 1.0) * (n - 2.0)) * n / sources.Length;
            for (int v = 0; v < n; v++)
            {
                centrality[v] *= scale;
            }
        }

        return (centrality, sources.Length);
    }

    /// <summary>The 95 % bound on the error of a sampled normalised betweenness: (n / (n − 1)) · √(ln(2 / 0.05) / (2 · samples)); 0 when exact.</summary>
    public static double ErrorBound(int nodes, int sources) =>
        sources >= nodes || nodes < 3 ? 0 : nodes / (nodes - 1.0) * Math.Sqrt(Math.Log(2 / 0.05) / (2.0 * sources));

    /// <summary>Breadth-first search from <paramref name="source"/>: visit order, distances and shortest-path counts.</summary>
    private static int Search(CollaborationNetwork network, int source, int[] order, int[] distance, double[] paths)
    {
        int head = 0;
        int tail = 0;
        order[tail++] = source;
        distance[source] = 0;
        paths[source] = 1;
        while (head < tail)
        {
            int v = order[head++];
            for (int e = network.Start[v]; e < network.Start[v + 1]; e++)
            {
                int w = network.Neighbours[e];
                if (distance[w] < 0)
                {
                    distance[w] = distance[v] + 1;
                    order[tail++] = w;
                }

                if (distance[w] == distance[v] + 1)
                {
                    paths[w] += paths[v];
                }
            }
        }

        return tail;
    }

    /// <summary><paramref name="count"/> distinct sources, a partial Fisher–Yates shuffle with a seeded generator, in node order.</summary>
    private static int[] Sample(int n, int count, int seed)
    {
        var random = new Random(seed);
        int[] all = [.. Enumerable.Range(0, n)];
        for (int i = 0; i < count; i++)
        {
            int j = random.Next(i, n);
            (all[i], all[j]) = (all[j], all[i]);
        }

        int[] chosen = all[..count];
        Array.Sort(chosen);
        return chosen;
    }
}
