using CreativeGraph.Api.Research.Index;

namespace CreativeGraph.Api.Research.Collaboration;

/// <summary>
/// Which part of the graph a collaboration network (or a timeline) covers: the projects active in
/// <see cref="Period"/> (and funded by <see cref="Programme"/>), and the partners based in <see cref="Country"/>
/// and located in a region that is a member of <see cref="Network"/> during the period. Places are followed as the
/// traversals follow them: a partner's city, else region, else country; a city's region, else country. Null means
/// no restriction. Programme, country and network are entity keys, so a selection stays valid across index versions.
/// </summary>
internal sealed record NetworkSelection(Period Period, int? Programme, int? Country, int? Network)
{
    public static NetworkSelection Everything { get; } = new(Period.All, null, null, null);

    /// <summary>Whether a project node is active in the period and funded by the programme.</summary>
    public bool IncludesProject(AdjacencyIndex index, int project)
    {
        int programme = Node(index, NodeKind.Programme, Programme);
        if (!Period.Overlaps(index.NodeSpan(project)))
        {
            return false;
        }

        if (Programme is null)
        {
            return true;
        }

        ReadOnlySpan<int> neighbours = index.NeighboursOf(project);
        ReadOnlySpan<int> edges = index.EdgesAt(project);
        for (int i = 0; i < neighbours.Length; i++)
        {
            if (neighbours[i] == programme && index.EdgeKind(edges[i]) == RelationKind.Programme)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A flag per index node: true for the partners this selection keeps.</summary>
    public bool[] SelectPartners(AdjacencyIndex index)
    {
        bool[] selected = new bool[index.NodeCount];
        bool[]? memberRegions = Network is null ? null : MemberRegions(index, Node(index, NodeKind.Network, Network));
        int country = Node(index, NodeKind.Country, Country);
        for (int node = 0; node < index.NodeCount; node++)
        {
            if (index.Node(node).Kind != NodeKind.Partner)
            {
                continue;
            }

            (int region, int located) = Places.Of(index, node);
            selected[node] = (Country is null || located == country) && (memberRegions is null || (region >= 0 && memberRegions[region]));
        }

        return selected;
    }

    /// <summary>The regions with a membership of <paramref name="network"/> active in the period.</summary>
    private bool[] MemberRegions(AdjacencyIndex index, int network)
    {
        bool[] members = new bool[index.NodeCount];
        if (network < 0)
        {
            return members;
        }

        ReadOnlySpan<int> neighbours = index.NeighboursOf(network);
        ReadOnlySpan<int> edges = index.EdgesAt(network);
        for (int i = 0; i < neighbours.Length; i++)
        {
            if (index.EdgeKind(edges[i]) == RelationKind.Membership && index.IsActive(edges[i], neighbours[i], Period))
            {
                members[neighbours[i]] = true;
            }
        }

        return members;
    }

    /// <summary>The index node of an entity key; -2 (matching nothing) when the index lacks it, -1 when no key is given.</summary>
    private static int Node(AdjacencyIndex index, NodeKind kind, int? id) =>
        id is not int key ? -1 : index.TryGetNode(new NodeRef(kind, key), out int node) ? node : -2;
}
