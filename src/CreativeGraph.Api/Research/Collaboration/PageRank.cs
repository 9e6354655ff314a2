namespace CreativeGraph.Api.Research.Collaboration;

/// <summary>
/// PageRank by power iteration over the weighted network, as NetworkX's <c>pagerank(G, alpha, weight="weight")</c>
/// computes it: each node passes <c>alpha</c> of its rank to its neighbours in proportion to the shared projects,
/// nodes without edges spread theirs evenly, and <c>1 − alpha</c> is spread evenly. It stops when the total
/// change of one iteration (L1) is below n · <c>tolerance</c>, or after <c>maxIterations</c>.
/// </summary>
internal static class PageRank
{
    public static double[] Compute(CollaborationNetwork network, double alpha, double tolerance, int maxIterations, CancellationToken cancellationToken)
    {
        int n = network.NodeCount;
        if (n == 0)
        {
            return [];
        }

        double[] strength = new double[n];
        for (int v = 0; v < n; v++)
        {
            for (int e = network.Start[v]; e < network.Start[v + 1]; e++)
            {
                strength[v] += network.Weights[e];
            }
        }

        double[] rank = new double[n];
        double[] next = new double[n];
        Array.Fill(rank, 1.0 / n);
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double dangling = 0;
            for (int v = 0; v < n; v++)
            {
                if (strength[v] == 0)
                {
                    dangling += rank[v];
                }
            }

            double spread = (alpha * dangling + (1 - alpha)) / n;
            Array.Fill(next, spread);
            for (int v = 0; v < n; v++)
            {
                if (strength[v] == 0)
                {
                    continue;
                }

                double share = alpha * rank[v] / strength[v];
                for (int e = network.Start[v]; e < network.Start[v + 1]; e++)
                {
                    next[network.Neighbours[e]] += share * network.Weights[e];
                }
            }

            double change = 0;
            for (int v = 0; v < n; v++)
            {
                change += Math.Abs(next[v] - rank[v]);
            }

            (rank, next) = (next, rank);
            if (change < n * tolerance)
            {
                break;
            }
        }

        return rank;
    }
}
