using CreativeGraph.Api.Research.Index;
using CreativeGraph.Persistence.Synthetic;

namespace CreativeGraph.Api.Tests.Research;

/// <summary>
/// The test's own view of a synthetic graph: edges written down again from the generated entities (not through
/// the API's relation rules or index), and a plain breadth-first search over them.
/// </summary>
internal sealed class ReferenceGraph
{
    private readonly Dictionary<NodeRef, List<(NodeRef Other, RelationKind Kind, NodeRef From, NodeRef To)>> _adjacent = [];

    public ReferenceGraph(SyntheticGraph g)
    {
        foreach (var p in g.Participations)
        {
            Add(RelationKind.Participation, new(NodeKind.Partner, p.PartnerId), new(NodeKind.Project, p.ProjectId));
        }

        foreach (var p in g.Partners)
        {
            NodeRef partner = new(NodeKind.Partner, p.Id);
            if (p.CityId is not null)
            {
                Add(RelationKind.LocatedIn, partner, new(NodeKind.City, p.CityId.Value));
            }
            else if (p.RegionId is not null)
            {
                Add(RelationKind.LocatedIn, partner, new(NodeKind.Region, p.RegionId.Value));
            }
            else if (p.CountryId is not null)
            {
                Add(RelationKind.LocatedIn, partner, new(NodeKind.Country, p.CountryId.Value));
            }
        }

        foreach (var c in g.Cities)
        {
            Add(RelationKind.LocatedIn, new(NodeKind.City, c.Id), c.RegionId is null ? new(NodeKind.Country, c.CountryId) : new(NodeKind.Region, c.RegionId.Value));
        }

        foreach (var r in g.Regions)
        {
            Add(RelationKind.LocatedIn, new(NodeKind.Region, r.Id), new(NodeKind.Country, r.CountryId));
        }

        g.ProjectCities.ForEach(x => Add(Relation("ProjectCity"), new(NodeKind.Project, x.ProjectId), new(NodeKind.City, x.CityId)));
        g.ProjectRegions.ForEach(x => Add(Relation("ProjectRegion"), new(NodeKind.Project, x.ProjectId), new(NodeKind.Region, x.RegionId)));
        g.ProjectSectors.ForEach(x => Add(Relation("ProjectSector"), new(NodeKind.Project, x.ProjectId), new(Kind("Sector"), x.SectorId)));
        g.Memberships.ForEach(x => Add(RelationKind.Membership, new(NodeKind.Region, x.RegionId), new(NodeKind.Network, x.NetworkId)));
        foreach (var p in g.Projects)
        {
            Optional(RelationKind.Programme, new(NodeKind.Project, p.Id), NodeKind.Programme, p.ProgrammeId);
            Optional(Relation("PartOf"), new(NodeKind.Project, p.Id), NodeKind.Project, p.ParentProjectId);
        }

        foreach (var p in g.Programmes)
        {
            Optional(Relation("ProgrammeRegion"), new(NodeKind.Programme, p.Id), NodeKind.Region, p.RegionId);
            Optional(Relation("ManagedBy"), new(NodeKind.Programme, p.Id), NodeKind.Partner, p.ManagingBodyId);
        }

        foreach (var f in g.Forums)
        {
            Add(Relation("ForumOf"), new(Kind("Forum"), f.Id), new(NodeKind.Network, f.NetworkId));
            Add(Relation("Hosted"), new(Kind("Forum"), f.Id), new(NodeKind.Region, f.HostRegionId));
            Optional(Relation("Hosted"), new(Kind("Forum"), f.Id), NodeKind.City, f.HostCityId);
        }

        foreach (var e in g.Events)
        {
            NodeRef node = new(Kind("Event"), e.Id);
            Optional(Relation("Event"), node, NodeKind.Project, e.ProjectId);
            Optional(Relation("Event"), node, NodeKind.Region, e.RegionId);
            Optional(Relation("Event"), node, NodeKind.City, e.CityId);
            Optional(Relation("Event"), node, NodeKind.Network, e.NetworkId);
            Optional(Relation("Event"), node, Kind("Forum"), e.ForumId);
        }

        foreach (var p in g.People)
        {
            Optional(Relation("Affiliation"), new(Kind("Person"), p.Id), NodeKind.Partner, p.PartnerId);
        }

        Nodes = [.. g.Partners.Select(p => new NodeRef(NodeKind.Partner, p.Id)), .. g.Projects.Select(p => new NodeRef(NodeKind.Project, p.Id)),
            .. g.Cities.Select(c => new NodeRef(NodeKind.City, c.Id)), .. g.Regions.Select(r => new NodeRef(NodeKind.Region, r.Id)),
            .. g.Countries.Select(c => new NodeRef(NodeKind.Country, c.Id)), .. g.Networks.Select(n => new NodeRef(NodeKind.Network, n.Id)),
            .. g.Forums.Select(f => new NodeRef(Kind("Forum"), f.Id)), .. g.Events.Select(e => new NodeRef(Kind("Event"), e.Id)),
            .. g.People.Select(p => new NodeRef(Kind("Person"), p.Id)), .. g.Sectors.Select(s => new NodeRef(Kind("Sector"), s.Id)),
            .. g.Programmes.Select(p => new NodeRef(NodeKind.Programme, p.Id))];
    }

    public IReadOnlyList<NodeRef> Nodes { get; }

    public IEnumerable<(NodeRef Other, RelationKind Kind, NodeRef From, NodeRef To)> Adjacent(NodeRef node) =>
        _adjacent.TryGetValue(node, out var list) ? list : [];

    /// <summary>Distances from <paramref name="start"/> over the allowed kinds, up to <paramref name="maxDepth"/>.</summary>
    public Dictionary<NodeRef, int> Distances(NodeRef start, ISet<RelationKind> via, int maxDepth)
    {
        var distance = new Dictionary<NodeRef, int> { [start] = 0 };
        var queue = new Queue<NodeRef>([start]);
        while (queue.Count > 0)
        {
            NodeRef node = queue.Dequeue();
            if (distance[node] == maxDepth)
            {
                continue;
            }

            foreach (var (other, kind, _, _) in Adjacent(node))
            {
                if (via.Contains(kind) && distance.TryAdd(other, distance[node] + 1))
                {
                    queue.Enqueue(other);
                }
            }
        }

        return distance;
    }

    /// <summary>The number of distinct shortest paths (edge sequences) from start to every node within the bound, capped.</summary>
    public long CountShortestPaths(NodeRef start, NodeRef target, ISet<RelationKind> via, int maxDepth, long cap)
    {
        Dictionary<NodeRef, int> distance = Distances(start, via, maxDepth);
        if (!distance.TryGetValue(target, out int length))
        {
            return 0;
        }

        var count = new Dictionary<NodeRef, long> { [start] = 1 };
        foreach (NodeRef node in distance.Where(d => d.Value <= length).OrderBy(d => d.Value).Select(d => d.Key))
        {
            if (node == start)
            {
                continue;
            }

            long paths = 0;
            foreach (var (other, kind, _, _) in Adjacent(node))
            {
                if (via.Contains(kind) && distance.TryGetValue(other, out int d) && d == distance[node] - 1)
                {
                    paths = Math.Min(cap, paths + count[other]);
                }
            }

            count[node] = paths;
        }

        return count[target];
    }

    private void Optional(RelationKind kind, NodeRef from, NodeKind toKind, int? to)
    {
        if (to is int id)
        {
            Add(kind, from, new NodeRef(toKind, id));
        }
    }

    private void Add(RelationKind kind, NodeRef from, NodeRef to)
    {
        List(from).Add((to, kind, from, to));
        List(to).Add((from, kind, from, to));
    }

    private List<(NodeRef, RelationKind, NodeRef, NodeRef)> List(NodeRef node)
    {
        if (!_adjacent.TryGetValue(node, out var list))
        {
            _adjacent[node] = list = [];
        }

        return list;
    }

    private static NodeKind Kind(string name) => TraversalCatalog.Default.Node(name);

    private static RelationKind Relation(string name) => TraversalCatalog.Default.Relation(name);
}
