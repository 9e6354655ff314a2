using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Research.Index;

/// <summary>
/// Reads the graph into an <see cref="AdjacencyIndex"/>: the keys of every node table, then the key columns of
/// every table that makes edges (<see cref="TraversalCatalog.EdgeTables"/>) with the columns that say when its rows
/// or their edges are active, as the slices declare it (<see cref="ActivePeriods"/>), streamed row by row; nothing else is read.
/// </summary>
internal static class AdjacencyIndexLoader
{
    public static async Task<AdjacencyIndex> LoadAsync(KnowledgeGraphDbContext db, string fingerprint, CancellationToken cancellationToken, TraversalCatalog? catalog = null)
    {
        catalog ??= TraversalCatalog.Default;
        var builder = new AdjacencyIndexBuilder(catalog);
        for (int k = 0; k < catalog.Nodes.Count; k++)
        {
            await foreach (int id in catalog.NodeTables[k].Ids(db).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                builder.AddNode(catalog.Nodes[k], id);
            }
        }

        foreach (TraversalTable table in catalog.EdgeTables)
        {
            NodeKind? self = table.IsNode ? catalog.Node(table.Name) : null;
            await foreach (TraversalRow row in table.Rows(db, TraversalColumns.Spans).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (self is not null && !row.NodeSpan.IsAll)
                {
                    builder.SetSpan(new(self, row.Id), row.NodeSpan);
                }

                foreach (GraphEdgeRef e in table.Edges(row))
                {
                    builder.AddEdge(e.Kind, e.From, e.To, e.RowId, row.EdgeSpan);
                }
            }
        }

        return builder.Build(fingerprint);
    }
}
