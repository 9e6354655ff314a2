using CreativeGraph.Api.Research.Index;

namespace CreativeGraph.Api.Research.Collaboration;

/// <summary>Where a partner is, read from the adjacency index's <see cref="RelationKind.LocatedIn"/> edges.</summary>
internal static class Places
{
    /// <summary>
    /// The region and the country (index nodes, -1 when unknown) of a partner: its city's region and country, its
    /// own region's country, or its country, following the one located-in edge each node has at its stored "from" end.
    /// </summary>
    public static (int Region, int Country) Of(AdjacencyIndex index, int partner)
    {
        int region = -1;
        int place = Up(index, partner);
        while (place >= 0)
        {
            NodeKind kind = index.Node(place).Kind;
            if (kind == NodeKind.Country)
            {
                return (region, place);
            }

            region = kind == NodeKind.Region ? place : region;

            place = Up(index, place);
        }

        return (region, -1);
    }

    private static int Up(AdjacencyIndex index, int node)
    {
        ReadOnlySpan<int> neighbours = index.NeighboursOf(node);
        ReadOnlySpan<int> edges = index.EdgesAt(node);
        for (int i = 0; i < neighbours.Length; i++)
        {
            if (index.EdgeKind(edges[i]) == RelationKind.LocatedIn && index.EdgeFrom(edges[i]) == node)
            {
                return neighbours[i];
            }
        }

        return -1;
    }
}
