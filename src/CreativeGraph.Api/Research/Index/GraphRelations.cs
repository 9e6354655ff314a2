namespace CreativeGraph.Api.Research.Index;

/// <summary>
/// Which edges a stored row makes: the one definition of the graph's relations, used by the adjacency index and
/// by the export alike. Edge tables (participations, memberships, project places and sectors) make one edge per
/// row; foreign keys make the rest, e.g. a partner is <see cref="RelationKind.LocatedIn"/> its city, or its region
/// when no city is known, or its country when neither is.
/// </summary>
internal static class GraphRelations
{
    public static GraphEdgeRef Participation(int id, int partnerId, int projectId) =>
        new(RelationKind.Participation, new(NodeKind.Partner, partnerId), new(NodeKind.Project, projectId), id);

    public static GraphEdgeRef ProjectCity(int id, int projectId, int cityId) =>
        new(RelationKind.ProjectCity, new(NodeKind.Project, projectId), new(NodeKind.City, cityId), id);

    public static GraphEdgeRef ProjectRegion(int id, int projectId, int regionId) =>
        new(RelationKind.ProjectRegion, new(NodeKind.Project, projectId), new(NodeKind.Region, regionId), id);

    public static GraphEdgeRef ProjectSector(int id, int projectId, int sectorId) =>
        new(RelationKind.ProjectSector, new(NodeKind.Project, projectId), new(NodeKind.Sector, sectorId), id);

    public static GraphEdgeRef Membership(int id, int regionId, int networkId) =>
        new(RelationKind.Membership, new(NodeKind.Region, regionId), new(NodeKind.Network, networkId), id);

    /// <summary>The one place a partner is located in: its city, else its region, else its country.</summary>
    public static GraphEdgeRef? Partner(int id, int? cityId, int? regionId, int? countryId)
    {
        NodeRef from = new(NodeKind.Partner, id);
        return cityId is int city ? new(RelationKind.LocatedIn, from, new(NodeKind.City, city), id)
            : regionId is int region ? new(RelationKind.LocatedIn, from, new(NodeKind.Region, region), id)
            : countryId is int country ? new(RelationKind.LocatedIn, from, new(NodeKind.Country, country), id)
            : null;
    }

    /// <summary>A city lies in its region, or in its country when it has no region.</summary>
    public static GraphEdgeRef City(int id, int? regionId, int countryId) => regionId is int region
        ? new(RelationKind.LocatedIn, new(NodeKind.City, id), new(NodeKind.Region, region), id)
        : new(RelationKind.LocatedIn, new(NodeKind.City, id), new(NodeKind.Country, countryId), id);

    public static GraphEdgeRef Region(int id, int countryId) =>
        new(RelationKind.LocatedIn, new(NodeKind.Region, id), new(NodeKind.Country, countryId), id);

    public static IEnumerable<GraphEdgeRef> Project(int id, int? programmeId, int? parentProjectId)
    {
        NodeRef from = new(NodeKind.Project, id);
        if (programmeId is int programme)
        {
            yield return new(RelationKind.Programme, from, new(NodeKind.Programme, programme), id);
        }

        if (parentProjectId is int parent)
        {
            yield return new(RelationKind.PartOf, from, new(NodeKind.Project, parent), id);
        }
    }

    public static IEnumerable<GraphEdgeRef> Programme(int id, int? regionId, int? managingBodyId)
    {
        NodeRef from = new(NodeKind.Programme, id);
        if (regionId is int region)
        {
            yield return new(RelationKind.ProgrammeRegion, from, new(NodeKind.Region, region), id);
        }

        if (managingBodyId is int partner)
        {
            yield return new(RelationKind.ManagedBy, from, new(NodeKind.Partner, partner), id);
        }
    }

    public static IEnumerable<GraphEdgeRef> Forum(int id, int networkId, int hostRegionId, int? hostCityId)
    {
        NodeRef from = new(NodeKind.Forum, id);
        yield return new(RelationKind.ForumOf, from, new(NodeKind.Network, networkId), id);
        yield return new(RelationKind.Hosted, from, new(NodeKind.Region, hostRegionId), id);
        if (hostCityId is int city)
        {
            yield return new(RelationKind.Hosted, from, new(NodeKind.City, city), id);
        }
    }

    public static IEnumerable<GraphEdgeRef> Event(int id, int? projectId, int? regionId, int? cityId, int? networkId, int? forumId)
    {
        NodeRef from = new(NodeKind.Event, id);
        (NodeKind Kind, int? Id)[] targets =
            [(NodeKind.Project, projectId), (NodeKind.Region, regionId), (NodeKind.City, cityId), (NodeKind.Network, networkId), (NodeKind.Forum, forumId)];
        foreach ((NodeKind kind, int? target) in targets)
        {
            if (target is int key)
            {
                yield return new(RelationKind.Event, from, new(kind, key), id);
            }
        }
    }

    public static GraphEdgeRef? Person(int id, int? partnerId) => partnerId is int partner
        ? new(RelationKind.Affiliation, new(NodeKind.Person, id), new(NodeKind.Partner, partner), id)
        : null;
}
