namespace CreativeGraph.Api.Research.Index;

/// <summary>
/// The order the published outputs keep for the entity types they were published with: the node numbering and the
/// export's node order (<see cref="Nodes"/>), the order the index reads the tables that make edges
/// (<see cref="EdgeTables"/>), which is the order of neighbours in a traversal and, through the relation kinds each
/// table declares, the order of the GraphQL enum <c>RelationKind</c>, and the order of the export's node attributes
/// (<see cref="NodeAttributes"/>: GraphML keys, GEXF attributes, CSV columns). It only sorts: what a node, an edge or
/// an attribute is comes from its entity declaration, and one not named here follows the named ones in declaration order.
/// </summary>
internal static class PublishedOrder
{
    public static readonly string[] Nodes = ["Country", "Region", "City", "Partner", "Person", "Project", "Programme", "Network", "Forum", "Event", "Sector"];

    public static readonly string[] EdgeTables =
        ["Participation", "Partner", "City", "Region", "ProjectCity", "ProjectRegion", "ProjectSector", "Project", "Programme", "Membership", "Forum", "Event", "Person"];

    public static readonly string[] NodeAttributes =
    [
        "type", "label", "slug", "code", "kind", "acronym", "title", "status", "startDate", "endDate", "year", "startYear", "endYear",
        "latitude", "longitude", "website", "role", "sources", "degree", "weightedDegree", "betweenness", "pageRank", "coreNumber", "community",
    ];

    /// <summary><paramref name="items"/> in <paramref name="order"/>, the others after them as they came.</summary>
    public static IEnumerable<T> Sort<T>(IEnumerable<T> items, Func<T, string> name, string[] order) =>
        items.Select((item, i) => (Item: item, Rank: Array.IndexOf(order, name(item)) is int at and >= 0 ? at : order.Length + i))
            .OrderBy(x => x.Rank)
            .Select(x => x.Item);
}
