using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Research.Index;

/// <summary>
/// Reads the graph into an <see cref="AdjacencyIndex"/>: the keys of every node table, then the key columns of
/// every table that makes edges (<see cref="GraphRelations"/>) with the dates that say when projects, events and
/// memberships are active (<see cref="ActivePeriods"/>), streamed row by row; nothing else is read.
/// </summary>
internal static class AdjacencyIndexLoader
{
    public static async Task<AdjacencyIndex> LoadAsync(KnowledgeGraphDbContext db, string fingerprint, CancellationToken cancellationToken)
    {
        var builder = new AdjacencyIndexBuilder();
        CancellationToken ct = cancellationToken;
        await Nodes(builder, NodeKind.Country, db.Countries.Select(e => e.Id), ct).ConfigureAwait(false);
        await Nodes(builder, NodeKind.Region, db.Regions.Select(e => e.Id), ct).ConfigureAwait(false);
        await Nodes(builder, NodeKind.City, db.Cities.Select(e => e.Id), ct).ConfigureAwait(false);
        await Nodes(builder, NodeKind.Partner, db.Partners.Select(e => e.Id), ct).ConfigureAwait(false);
        await Nodes(builder, NodeKind.Person, db.People.Select(e => e.Id), ct).ConfigureAwait(false);
        await Nodes(builder, NodeKind.Project, db.Projects.Select(e => e.Id), ct).ConfigureAwait(false);
        await Nodes(builder, NodeKind.Programme, db.Programmes.Select(e => e.Id), ct).ConfigureAwait(false);
        await Nodes(builder, NodeKind.Network, db.Networks.Select(e => e.Id), ct).ConfigureAwait(false);
        await Nodes(builder, NodeKind.Forum, db.Forums.Select(e => e.Id), ct).ConfigureAwait(false);
        await Nodes(builder, NodeKind.Event, db.Events.Select(e => e.Id), ct).ConfigureAwait(false);
        await Nodes(builder, NodeKind.Sector, db.Sectors.Select(e => e.Id), ct).ConfigureAwait(false);

        await Edges(builder, db.Participations.OrderBy(e => e.Id).Select(e => new { e.Id, e.PartnerId, e.ProjectId }), r => [GraphRelations.Participation(r.Id, r.PartnerId, r.ProjectId)], ct).ConfigureAwait(false);
        await Edges(builder, db.Partners.OrderBy(e => e.Id).Select(e => new { e.Id, e.CityId, e.RegionId, e.CountryId }), r => One(GraphRelations.Partner(r.Id, r.CityId, r.RegionId, r.CountryId)), ct).ConfigureAwait(false);
        await Edges(builder, db.Cities.OrderBy(e => e.Id).Select(e => new { e.Id, e.RegionId, e.CountryId }), r => [GraphRelations.City(r.Id, r.RegionId, r.CountryId)], ct).ConfigureAwait(false);
        await Edges(builder, db.Regions.OrderBy(e => e.Id).Select(e => new { e.Id, e.CountryId }), r => [GraphRelations.Region(r.Id, r.CountryId)], ct).ConfigureAwait(false);
        await Edges(builder, db.ProjectCities.OrderBy(e => e.Id).Select(e => new { e.Id, e.ProjectId, e.CityId }), r => [GraphRelations.ProjectCity(r.Id, r.ProjectId, r.CityId)], ct).ConfigureAwait(false);
        await Edges(builder, db.ProjectRegions.OrderBy(e => e.Id).Select(e => new { e.Id, e.ProjectId, e.RegionId }), r => [GraphRelations.ProjectRegion(r.Id, r.ProjectId, r.RegionId)], ct).ConfigureAwait(false);
        await Edges(builder, db.ProjectSectors.OrderBy(e => e.Id).Select(e => new { e.Id, e.ProjectId, e.SectorId }), r => [GraphRelations.ProjectSector(r.Id, r.ProjectId, r.SectorId)], ct).ConfigureAwait(false);
        await Edges(builder, db.Projects.OrderBy(e => e.Id).Select(e => new { e.Id, e.ProgrammeId, e.ParentProjectId, e.StartDate, e.EndDate }), r =>
        {
            builder.SetSpan(new(NodeKind.Project, r.Id), ActivePeriods.Project(r.StartDate, r.EndDate));
            return GraphRelations.Project(r.Id, r.ProgrammeId, r.ParentProjectId);
        }, ct).ConfigureAwait(false);
        await Edges(builder, db.Programmes.OrderBy(e => e.Id).Select(e => new { e.Id, e.RegionId, e.ManagingBodyId }), r => GraphRelations.Programme(r.Id, r.RegionId, r.ManagingBodyId), ct).ConfigureAwait(false);
        await Edges(builder, db.Memberships.OrderBy(e => e.Id).Select(e => new { e.Id, e.RegionId, e.NetworkId, e.JoinedOn, e.Status, e.ExcludedLatestYear }), r => [GraphRelations.Membership(r.Id, r.RegionId, r.NetworkId)], ct, r => ActivePeriods.Membership(r.JoinedOn, r.Status, r.ExcludedLatestYear)).ConfigureAwait(false);
        await Edges(builder, db.Forums.OrderBy(e => e.Id).Select(e => new { e.Id, e.NetworkId, e.HostRegionId, e.HostCityId }), r => GraphRelations.Forum(r.Id, r.NetworkId, r.HostRegionId, r.HostCityId), ct).ConfigureAwait(false);
        await Edges(builder, db.Events.OrderBy(e => e.Id).Select(e => new { e.Id, e.ProjectId, e.RegionId, e.CityId, e.NetworkId, e.ForumId, e.StartDate, e.EndDate, e.Year }), r =>
        {
            builder.SetSpan(new(NodeKind.Event, r.Id), ActivePeriods.Event(r.StartDate, r.EndDate, r.Year));
            return GraphRelations.Event(r.Id, r.ProjectId, r.RegionId, r.CityId, r.NetworkId, r.ForumId);
        }, ct).ConfigureAwait(false);
        await Edges(builder, db.People.OrderBy(e => e.Id).Select(e => new { e.Id, e.PartnerId }), r => One(GraphRelations.Person(r.Id, r.PartnerId)), ct).ConfigureAwait(false);
        return builder.Build(fingerprint);
    }

    private static async Task Nodes(AdjacencyIndexBuilder builder, NodeKind kind, IQueryable<int> keys, CancellationToken cancellationToken)
    {
        await foreach (int id in keys.AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            builder.AddNode(kind, id);
        }
    }

    private static async Task Edges<T>(
        AdjacencyIndexBuilder builder, IQueryable<T> rows, Func<T, IEnumerable<GraphEdgeRef>> edges, CancellationToken cancellationToken, Func<T, Period>? span = null)
    {
        await foreach (T row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            Period? active = span?.Invoke(row);
            foreach (GraphEdgeRef e in edges(row))
            {
                builder.AddEdge(e.Kind, e.From, e.To, e.RowId, active);
            }
        }
    }

    private static GraphEdgeRef[] One(GraphEdgeRef? edge) => edge is GraphEdgeRef e ? [e] : [];
}
