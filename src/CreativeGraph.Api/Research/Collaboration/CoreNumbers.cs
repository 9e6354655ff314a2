namespace CreativeGraph.Api.Research.Collaboration;

/// <summary>
/// The k-core number of every node (NetworkX's <c>core_number</c>): the largest k such that the node belongs to a
/// subgraph whose nodes all have at least k neighbours in it. Batagelj and Zaveršnik's O(m) peeling: nodes in
/// buckets by degree, the smallest removed first, its neighbours moved one bucket down.
/// </summary>
internal static class CoreNumbers
{
    public static int[] Compute(CollaborationNetwork network)
    {
        int n = network.NodeCount;
        int[] degree = new int[n];
        int maxDegree = 0;
        for (int v = 0; v < n; v++)
        {
            degree[v] = network.Degree(v);
            maxDegree = Math.Max(maxDegree, degree[v]);
        }

        // bin[d] = first position of degree d in the order; position[v] = v's place in it.
        int[] bin = new int[maxDegree + 2];
        foreach (int d in degree)
        {
            bin[d + 1]++;
        }

        for (int d = 0; d <= maxDegree; d++)
        {
            bin[d + 1] += bin[d];
        }

        int[] order = new int[n];
        int[] position = new int[n];
        int[] fill = bin[..^1];
        for (int v = 0; v < n; v++)
        {
            position[v] = fill[degree[v]]++;
            order[position[v]] = v;
        }

        for (int i = 0; i < n; i++)
        {
            int v = order[i];
            for (int e = network.Start[v]; e < network.Start[v + 1]; e++)
            {
                int u = network.Neighbours[e];
                if (degree[u] > degree[v])
                {
                    // swap u with the first node of its bucket, then shrink the bucket by one
                    int du = degree[u];
                    int first = order[bin[du]];
                    if (first != u)
                    {
                        (order[position[u]], order[bin[du]]) = (first, u);
                        (position[first], position[u]) = (position[u], bin[du]);
                    }

                    bin[du]++;
                    degree[u]--;
                }
            }
        }

        return degree;
    }
}
