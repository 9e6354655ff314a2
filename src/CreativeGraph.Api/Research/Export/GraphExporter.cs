using System.Globalization;
using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Research.Export;

/// <summary>
/// Writes the graph (or a subgraph of projects) in one format: nodes as they stream from the database, then the
/// edges whose two ends were written. The only state kept is the set of written node keys (16 bytes a node), so
/// edges, however many, are never held.
/// </summary>
internal static class GraphExporter
{
    /// <summary>Checks the filter values against the database; a problem means nothing was written.</summary>
    public static async Task<(Func<Stream, CancellationToken, Task>? Write, ExportProblem? Problem)> PrepareAsync(
        IDbContextFactory<KnowledgeGraphDbContext> contexts, ExportRequest request, CancellationToken cancellationToken)
    {
        KnowledgeGraphDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var (projects, problem) = await request.ResolveAsync(db, cancellationToken).ConfigureAwait(false);
            if (problem is not null)
            {
                return (null, problem);
            }

            return ((output, ct) => WriteAsync(contexts, request.Format, request.IsFiltered ? projects : null, output, ct), null);
        }
    }

    private static async Task WriteAsync(
        IDbContextFactory<KnowledgeGraphDbContext> contexts, ExportFormat format, Func<KnowledgeGraphDbContext, IQueryable<Persistence.Model.Project>>? projects, Stream output, CancellationToken ct)
    {
        KnowledgeGraphDbContext db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        KnowledgeGraphDbContext lookup = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        await using (lookup.ConfigureAwait(false))
        {
            var reader = new GraphExportReader(db, lookup, projects);
            GraphFileWriter writer = GraphFileWriter.Create(format, output);
            await using (writer.ConfigureAwait(false))
            {
                await writer.StartAsync(ct).ConfigureAwait(false);
                var written = new HashSet<NodeRef>();
                await foreach (ExportNode node in reader.NodesAsync(ct).ConfigureAwait(false))
                {
                    if (written.Add(node.Node))
                    {
                        await writer.WriteNodeAsync(node, ct).ConfigureAwait(false);
                    }
                }

                await writer.StartEdgesAsync(ct).ConfigureAwait(false);
                long id = 0;
                await foreach (ExportEdge edge in reader.EdgesAsync(ct).ConfigureAwait(false))
                {
                    if (written.Contains(edge.Edge.From) && written.Contains(edge.Edge.To))
                    {
                        await writer.WriteEdgeAsync(edge, "e" + (++id).ToString(CultureInfo.InvariantCulture), ct).ConfigureAwait(false);
                    }
                }

                await writer.EndAsync(ct).ConfigureAwait(false);
            }
        }
    }
}
