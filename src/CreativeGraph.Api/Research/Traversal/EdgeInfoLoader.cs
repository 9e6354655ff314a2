using CreativeGraph.Api.Research.Index;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Research.Traversal;

/// <summary>
/// The data and provenance of the edges of one wave: one statement per table that states them (participations,
/// memberships, project places and sectors, or the entity that holds the foreign key), then one per provenance
/// entity type. An edge table's row is cited under its own key (<c>Participation</c> <c>project/partner</c>); an edge
/// that is a foreign key is stated by the documents that state its owning entity (a partner's city by the
/// partner's sources).
/// </summary>
internal sealed class EdgeInfoLoader(IDbContextFactory<KnowledgeGraphDbContext> contexts) : BatchDataLoader<GraphEdgeRef, EdgeInfo>
{
    protected override async Task<IReadOnlyDictionary<GraphEdgeRef, EdgeInfo>> LoadBatchAsync(IReadOnlyList<GraphEdgeRef> keys, CancellationToken cancellationToken)
    {
        KnowledgeGraphDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = new Dictionary<GraphEdgeRef, Row>();
            foreach (IGrouping<(RelationKind, NodeKind), GraphEdgeRef> group in keys.GroupBy(k => (k.Kind, k.From.Kind)))
            {
                int[] ids = [.. group.Select(k => k.RowId).Distinct()];
                Dictionary<int, Row> byId = await RowsAsync(db, group.Key.Item1, group.Key.Item2, ids, cancellationToken).ConfigureAwait(false);
                foreach (GraphEdgeRef edge in group)
                {
                    rows[edge] = byId.GetValueOrDefault(edge.RowId) ?? new Row(null, null, null, null, null, "", "");
                }
            }

            var sources = new Dictionary<(string, string), List<Source>>();
            foreach (IGrouping<string, Row> type in rows.Values.GroupBy(r => r.EntityType))
            {
                string[] entityKeys = [.. type.Select(r => r.EntityKey).Distinct()];
                string entityType = type.Key;
                var cited = await db.FactSources.AsNoTracking()
                    .Where(f => f.EntityType == entityType && entityKeys.Contains(f.EntityKey))
                    .OrderBy(f => f.Source.Slug)
                    .Select(f => new { f.EntityKey, f.Source })
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                foreach (var c in cited)
                {
                    (string, string) key = (entityType, c.EntityKey);
                    if (!sources.TryGetValue(key, out List<Source>? list))
                    {
                        sources[key] = list = [];
                    }

                    list.Add(c.Source);
                }
            }

            return rows.ToDictionary(
                r => r.Key,
                r => new EdgeInfo(r.Value.Role, r.Value.Status, r.Value.StartDate, r.Value.EndDate, sources.GetValueOrDefault((r.Value.EntityType, r.Value.EntityKey)) ?? []));
        }
    }

    /// <summary>The rows stating edges of one kind, by the edge's row id, with the provenance key they are cited under.</summary>
    private static async Task<Dictionary<int, Row>> RowsAsync(KnowledgeGraphDbContext db, RelationKind kind, NodeKind owner, int[] ids, CancellationToken ct)
    {
        IQueryable<Row> rows = kind switch
        {
            RelationKind.Participation => db.Participations.Where(e => ids.Contains(e.Id)).Select(e => new Row(
                e.Id, e.Role, null, e.Project.StartDate, e.Project.EndDate, EntityTypes.Participation, e.Project.Slug + "/" + e.Partner.Slug)),
            RelationKind.Membership => db.Memberships.Where(e => ids.Contains(e.Id)).Select(e => new Row(
                e.Id, null, e.Status, e.JoinedOn, null, EntityTypes.Membership, e.Network.Slug + "/" + e.Region.Slug)),
            RelationKind.ProjectCity => db.ProjectCities.Where(e => ids.Contains(e.Id)).Select(e => new Row(
                e.Id, null, null, null, null, EntityTypes.ProjectCity, e.Project.Slug + "/" + e.City.Slug)),
            RelationKind.ProjectRegion => db.ProjectRegions.Where(e => ids.Contains(e.Id)).Select(e => new Row(
                e.Id, null, null, null, null, EntityTypes.ProjectRegion, e.Project.Slug + "/" + e.Region.Slug)),
            RelationKind.ProjectSector => db.ProjectSectors.Where(e => ids.Contains(e.Id)).Select(e => new Row(
                e.Id, null, null, null, null, EntityTypes.ProjectSector, e.Project.Slug + "/" + e.Sector.Slug)),
            RelationKind.Event => db.Events.Where(e => ids.Contains(e.Id)).Select(e => new Row(
                e.Id, null, null, e.StartDate, e.EndDate, EntityTypes.Event, e.Slug)),
            _ => Owners(db, owner, ids),
        };
        return await rows.ToDictionaryAsync(r => r.Id!.Value, ct).ConfigureAwait(false);
    }

    /// <summary>The entity holding the foreign key that is the edge, cited under its own natural key.</summary>
    private static IQueryable<Row> Owners(KnowledgeGraphDbContext db, NodeKind owner, int[] ids) => owner switch
    {
        NodeKind.Partner => db.Partners.Where(e => ids.Contains(e.Id)).Select(e => new Row(e.Id, null, null, null, null, EntityTypes.Partner, e.Slug)),
        NodeKind.City => db.Cities.Where(e => ids.Contains(e.Id)).Select(e => new Row(e.Id, null, null, null, null, EntityTypes.City, e.Slug)),
        NodeKind.Region => db.Regions.Where(e => ids.Contains(e.Id)).Select(e => new Row(e.Id, null, null, null, null, EntityTypes.Region, e.Slug)),
        NodeKind.Project => db.Projects.Where(e => ids.Contains(e.Id)).Select(e => new Row(e.Id, null, null, null, null, EntityTypes.Project, e.Slug)),
        NodeKind.Programme => db.Programmes.Where(e => ids.Contains(e.Id)).Select(e => new Row(e.Id, null, null, null, null, EntityTypes.Programme, e.Slug)),
        NodeKind.Forum => db.Forums.Where(e => ids.Contains(e.Id)).Select(e => new Row(e.Id, null, null, null, null, EntityTypes.Forum, e.Slug)),
        NodeKind.Person => db.People.Where(e => ids.Contains(e.Id)).Select(e => new Row(e.Id, null, null, null, null, EntityTypes.Person, e.Slug)),
        _ => throw new InvalidOperationException($"No {owner} owns edges."),
    };

    private sealed record Row(int? Id, ParticipationRole? Role, MembershipStatus? Status, DateOnly? StartDate, DateOnly? EndDate, string EntityType, string EntityKey);
}
