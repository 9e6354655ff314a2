using System.Runtime.CompilerServices;
using CreativeGraph.Api.KnowledgeGraph.Entities;
using CreativeGraph.Api.Research.Index;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Research.Export;

/// <summary>
/// Streams the nodes, then the edges, of the whole graph or of a subgraph of projects, table by table, row by
/// row (<c>AsAsyncEnumerable</c>). Provenance is looked up for each chunk of 500 rows on a second context, so
/// memory stays flat however large the graph. The nodes are the rows of the node types of the
/// <see cref="TraversalCatalog"/> that declare their export (<see cref="EntityExport{T}"/>), in its order; a
/// subgraph holds those <see cref="ProjectSubgraph"/> names. The edges are the relations among those nodes, as the
/// entity declarations make them.
/// </summary>
internal sealed class GraphExportReader(KnowledgeGraphDbContext db, KnowledgeGraphDbContext lookup, Func<KnowledgeGraphDbContext, IQueryable<Project>>? projects, TraversalCatalog? catalog = null)
{
    private const int Chunk = 500;

    private readonly TraversalCatalog _catalog = catalog ?? TraversalCatalog.Default;

    public async IAsyncEnumerable<ExportNode> NodesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        IReadOnlyDictionary<string, IQueryable>? subgraph = projects is null ? null : ProjectSubgraph.Of(db, projects(db));
        for (int k = 0; k < _catalog.Nodes.Count; k++)
        {
            TraversalTable table = _catalog.NodeTables[k];
            IQueryable? subset = null;
            if (subgraph is not null && !subgraph.TryGetValue(table.Name, out subset))
            {
                continue;
            }

            if (table.ExportRows(db, subset) is not { } rows)
            {
                continue;
            }

            NodeKind kind = _catalog.Nodes[k];
            await foreach (ExportNode node in Items(rows, row => Node(kind, table, row), ct).ConfigureAwait(false))
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
        foreach (TraversalTable table in _catalog.EdgeTables)
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

    private static ExportNode Node(NodeKind kind, TraversalTable table, ExportRow row) => new()
    {
        Node = new NodeRef(kind, row.Id),
        Label = row.Label,
        EntityType = table.Name,
        EntityKey = row.NaturalKey ?? "",
        Attributes = table.ExportAttributes.Zip(row.Values).ToDictionary(a => a.First.Name, a => a.Second, StringComparer.Ordinal),
    };

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
