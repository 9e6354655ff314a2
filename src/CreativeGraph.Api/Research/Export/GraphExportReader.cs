using System.Runtime.CompilerServices;
using CreativeGraph.Api.Research.Index;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Research.Export;

/// <summary>
/// Streams the nodes, then the edges, of the whole graph or of a subgraph of projects, table by table, row by
/// row (<c>AsAsyncEnumerable</c>). Provenance is looked up for each chunk of 500 rows on a second context, so
/// memory stays flat however large the graph. A subgraph holds the selected projects, their partners (and the
/// partners' places up to the country), programmes, sectors, project places and events; the edges are the
/// relations among those nodes, as the entity declarations make them (<see cref="TraversalCatalog"/>).
/// </summary>
internal sealed class GraphExportReader(KnowledgeGraphDbContext db, KnowledgeGraphDbContext lookup, Func<KnowledgeGraphDbContext, IQueryable<Project>>? projects)
{
    private const int Chunk = 500;

    public async IAsyncEnumerable<ExportNode> NodesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        IQueryable<Project> p = projects?.Invoke(db) ?? db.Projects;
        IQueryable<Partner> partners = projects is null ? db.Partners : db.Partners.Where(x => db.Participations.Any(a => a.PartnerId == x.Id && p.Any(j => j.Id == a.ProjectId)));
        IQueryable<City> cities = projects is null ? db.Cities
            : db.Cities.Where(c => partners.Any(x => x.CityId == c.Id) || db.ProjectCities.Any(l => l.CityId == c.Id && p.Any(j => j.Id == l.ProjectId)));
        IQueryable<Region> regions = projects is null ? db.Regions
            : db.Regions.Where(r => partners.Any(x => x.RegionId == r.Id) || cities.Any(c => c.RegionId == r.Id) || db.ProjectRegions.Any(l => l.RegionId == r.Id && p.Any(j => j.Id == l.ProjectId)));
        IQueryable<Country> countries = projects is null ? db.Countries
            : db.Countries.Where(c => partners.Any(x => x.CountryId == c.Id) || cities.Any(x => x.CountryId == c.Id) || regions.Any(x => x.CountryId == c.Id));
        bool all = projects is null;

        IAsyncEnumerable<ExportNode>[] tables =
        [
            Items(countries.OrderBy(e => e.Id).Select(e => new { e.Id, e.Code, e.Name }), e => Node(NodeKind.Country, e.Id, e.Name, EntityTypes.Country, e.Code, ("code", e.Code)), ct),
            Items(regions.OrderBy(e => e.Id).Select(e => new { e.Id, e.Slug, e.Name, e.Kind }), e => Node(NodeKind.Region, e.Id, e.Name, EntityTypes.Region, e.Slug, ("kind", e.Kind)), ct),
            Items(cities.OrderBy(e => e.Id).Select(e => new { e.Id, e.Slug, e.Name, e.Latitude, e.Longitude }), e => Node(NodeKind.City, e.Id, e.Name, EntityTypes.City, e.Slug, ("latitude", e.Latitude), ("longitude", e.Longitude)), ct),
            Items(partners.OrderBy(e => e.Id).Select(e => new { e.Id, e.Slug, e.Name, e.Kind, e.Website }), e => Node(NodeKind.Partner, e.Id, e.Name, EntityTypes.Partner, e.Slug, ("kind", e.Kind), ("website", e.Website)), ct),
            Items(db.People.Where(_ => all).OrderBy(e => e.Id).Select(e => new { e.Id, e.Slug, e.Name, e.Role }), e => Node(TraversalCatalog.Default.Node(nameof(Person)), e.Id, e.Name, EntityTypes.Person, e.Slug, ("role", e.Role)), ct),
            Items(p.OrderBy(e => e.Id).Select(e => new { e.Id, e.Slug, e.Acronym, e.Title, e.StartDate, e.EndDate, e.Status }), e => Node(NodeKind.Project, e.Id, e.Acronym, EntityTypes.Project, e.Slug, ("acronym", e.Acronym), ("title", e.Title), ("startDate", e.StartDate), ("endDate", e.EndDate), ("status", e.Status)), ct),
            Items(db.Programmes.Where(x => all || p.Any(j => j.ProgrammeId == x.Id)).OrderBy(e => e.Id).Select(e => new { e.Id, e.Slug, e.Name, e.Kind, e.StartYear, e.EndYear }), e => Node(NodeKind.Programme, e.Id, e.Name, EntityTypes.Programme, e.Slug, ("kind", e.Kind), ("startYear", e.StartYear), ("endYear", e.EndYear)), ct),
            Items(db.Networks.Where(_ => all).OrderBy(e => e.Id).Select(e => new { e.Id, e.Slug, e.Name }), e => Node(NodeKind.Network, e.Id, e.Name, EntityTypes.Network, e.Slug), ct),
            Items(db.Forums.Where(_ => all).OrderBy(e => e.Id).Select(e => new { e.Id, e.Slug, e.Name, e.Year }), e => Node(TraversalCatalog.Default.Node(nameof(Forum)), e.Id, e.Name, EntityTypes.Forum, e.Slug, ("year", e.Year)), ct),
            Items(db.Events.Where(x => all || p.Any(j => j.Id == x.ProjectId)).OrderBy(e => e.Id).Select(e => new { e.Id, e.Slug, e.Name, e.Kind, e.Year, e.StartDate, e.EndDate }), e => Node(TraversalCatalog.Default.Node(nameof(Event)), e.Id, e.Name, EntityTypes.Event, e.Slug, ("kind", e.Kind), ("year", e.Year), ("startDate", e.StartDate), ("endDate", e.EndDate)), ct),
            Items(db.Sectors.Where(x => all || db.ProjectSectors.Any(l => l.SectorId == x.Id && p.Any(j => j.Id == l.ProjectId))).OrderBy(e => e.Id).Select(e => new { e.Id, e.Slug, e.Name }), e => Node(TraversalCatalog.Default.Node(nameof(Sector)), e.Id, e.Name, EntityTypes.Sector, e.Slug), ct),
        ];
        foreach (IAsyncEnumerable<ExportNode> table in tables)
        {
            await foreach (ExportNode node in table.ConfigureAwait(false))
            {
                yield return node;
            }
        }
    }

    /// <summary>
    /// Every edge the tables of the <see cref="TraversalCatalog"/> make (<see cref="TraversalCatalog.EdgeTables"/>, in
    /// the index's order), each cited under its row's natural key; <paramref name="keep"/> drops an edge (before its
    /// provenance is looked up) whose ends were not written.
    /// </summary>
    public async IAsyncEnumerable<ExportEdge> EdgesAsync(Func<GraphEdgeRef, bool> keep, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (TraversalTable table in TraversalCatalog.Default.EdgeTables)
        {
            IQueryable<TraversalRow> rows = table.Rows(db, TraversalColumns.Details | TraversalColumns.NaturalKey);
            await foreach (ExportEdge[] edges in Items(rows, row => Edges(table, row, keep), ct).ConfigureAwait(false))
            {
                foreach (ExportEdge edge in edges)
                {
                    yield return edge;
                }
            }
        }
    }

    private static ExportEdge[] Edges(TraversalTable table, TraversalRow row, Func<GraphEdgeRef, bool> keep) =>
    [
        .. table.Edges(row).Where(keep).Select(e => new ExportEdge
        {
            Edge = e, EntityType = table.Name, EntityKey = row.NaturalKey ?? "",
            Role = row.Details?.Role, Status = row.Details?.Status, StartDate = row.Details?.StartDate, EndDate = row.Details?.EndDate,
        }),
    ];

    private static ExportNode Node(NodeKind kind, int id, string label, string entityType, string entityKey, params (string Name, object? Value)[] attributes)
    {
        var values = attributes.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);
        values["slug"] = kind == NodeKind.Country ? null : entityKey;
        return new ExportNode { Node = new NodeRef(kind, id), Label = label, EntityType = entityType, EntityKey = entityKey, Attributes = values };
    }

    /// <summary>Streams <paramref name="rows"/> mapped by <paramref name="map"/>, filling in provenance chunk by chunk.</summary>
    private async IAsyncEnumerable<TItem> Items<TRow, TItem>(IQueryable<TRow> rows, Func<TRow, TItem> map, [EnumeratorCancellation] CancellationToken ct)
    {
        var chunk = new List<TItem>(Chunk);
        await foreach (TRow row in rows.AsAsyncEnumerable().WithCancellation(ct).ConfigureAwait(false))
        {
            chunk.Add(map(row));
            if (chunk.Count == Chunk)
            {
                await CiteAsync(chunk, ct).ConfigureAwait(false);
                foreach (TItem item in chunk)
                {
                    yield return item;
                }

                chunk.Clear();
            }
        }

        await CiteAsync(chunk, ct).ConfigureAwait(false);
        foreach (TItem item in chunk)
        {
            yield return item;
        }
    }

    private async Task CiteAsync<TItem>(List<TItem> chunk, CancellationToken ct)
    {
        List<ExportItem> items = [.. chunk.SelectMany(c => c switch { ExportItem one => [one], IEnumerable<ExportItem> many => many, _ => [] })];
        foreach (IGrouping<string, ExportItem> type in items.GroupBy(i => i.EntityType))
        {
            string entityType = type.Key;
            string[] keys = [.. type.Select(i => i.EntityKey).Distinct()];
            var cited = await lookup.FactSources.AsNoTracking()
                .Where(f => f.EntityType == entityType && keys.Contains(f.EntityKey))
                .OrderBy(f => f.Source.Slug)
                .Select(f => new { f.EntityKey, f.Source.Slug })
                .ToListAsync(ct).ConfigureAwait(false);
            ILookup<string, string> byKey = cited.ToLookup(c => c.EntityKey, c => c.Slug, StringComparer.Ordinal);
            foreach (ExportItem item in type)
            {
                item.Sources = string.Join(';', byKey[item.EntityKey]);
            }
        }
    }
}
