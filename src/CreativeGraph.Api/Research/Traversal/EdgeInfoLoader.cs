using CreativeGraph.Api.KnowledgeGraph.Entities;
using CreativeGraph.Api.Research.Index;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Research.Traversal;

/// <summary>
/// The data and provenance of the edges of one wave: one statement per table that states them (the table whose
/// declaration makes the edge, <see cref="TraversalCatalog.Owner"/>: participations, memberships, project places and
/// sectors, or the entity that holds the foreign key), then one per provenance entity type. An edge table's row is cited under its own key (<c>Participation</c> <c>project/partner</c>); an edge
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
                TraversalTable table = TraversalCatalog.Default.Owner(group.Key.Item1, group.Key.Item2);
                int[] ids = [.. group.Select(k => k.RowId).Distinct()];
                Dictionary<int, TraversalRow> byId = await table.Stated(db, ids)
                    .ToDictionaryAsync(r => r.Id, cancellationToken).ConfigureAwait(false);
                foreach (GraphEdgeRef edge in group)
                {
                    rows[edge] = byId.GetValueOrDefault(edge.RowId) is { } row ? new Row(row.Details, table.Name, row.NaturalKey ?? "") : new Row(null, "", "");
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
                r => new EdgeInfo(r.Value.Details?.Role, r.Value.Details?.Status, r.Value.Details?.StartDate, r.Value.Details?.EndDate, sources.GetValueOrDefault((r.Value.EntityType, r.Value.EntityKey)) ?? []));
        }
    }

    private sealed record Row(EdgeDetails? Details, string EntityType, string EntityKey);
}
