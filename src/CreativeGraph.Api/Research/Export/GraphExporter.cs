using System.Globalization;
using CreativeGraph.Api.Research.Collaboration;
using CreativeGraph.Api.Research.Index;
using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Research.Export;

/// <summary>
/// Writes the graph (or a subgraph of projects) in one format: nodes as they stream from the database, then the
/// edges whose two ends were written. The only state kept is the set of written node keys (16 bytes a node), so
/// edges, however many, are never held. Partner nodes carry their centrality and community in the collaboration
/// network of the export's period (dates, years or a programme's years), programme and country (<see cref="NetworkAnalyses"/>, as
/// <c>collaborationNetwork(period:, programme:, country:)</c> computes them; a <c>project</c> filter does not narrow it).
/// </summary>
internal static class GraphExporter
{
    /// <summary>Checks the filter values against the database; a problem means nothing was written.</summary>
    public static async Task<(Func<Stream, CancellationToken, Task>? Write, ExportProblem? Problem)> PrepareAsync(
        IDbContextFactory<KnowledgeGraphDbContext> contexts, ExportRequest request, CancellationToken cancellationToken, NetworkAnalyses? analyses = null)
    {
        KnowledgeGraphDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var (projects, period, problem) = await request.ResolveAsync(db, cancellationToken).ConfigureAwait(false);
            if (problem is not null)
            {
                return (null, problem);
            }

            NetworkSelection selection = await SelectionAsync(db, request, period, cancellationToken).ConfigureAwait(false);
            return (async (output, ct) =>
            {
                NetworkAnalysis? analysis = analyses is null ? null : await analyses.GetAsync(selection, ct).ConfigureAwait(false);
                await WriteAsync(contexts, request.Format, request.IsFiltered ? projects : null, analysis, output, ct).ConfigureAwait(false);
            }, null);
        }
    }

    private static async Task WriteAsync(
        IDbContextFactory<KnowledgeGraphDbContext> contexts, ExportFormat format, Func<KnowledgeGraphDbContext, IQueryable<Persistence.Model.Project>>? projects, NetworkAnalysis? analysis, Stream output, CancellationToken ct)
    {
        KnowledgeGraphDbContext db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        KnowledgeGraphDbContext lookup = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        await using (lookup.ConfigureAwait(false))
        {
            GraphFileWriter writer = GraphFileWriter.Create(format, output, ExportAttributes.Default);
            await using (writer.ConfigureAwait(false))
            {
                await WriteAsync(new GraphExportReader(db, lookup, projects), writer, analysis, ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Writes what <paramref name="reader"/> reads with <paramref name="writer"/>: every node once, then the edges between written nodes.</summary>
    internal static async Task WriteAsync(GraphExportReader reader, GraphFileWriter writer, NetworkAnalysis? analysis, CancellationToken ct)
    {
        await writer.StartAsync(ct).ConfigureAwait(false);
        var written = new HashSet<NodeRef>();
        await foreach (ExportNode node in reader.NodesAsync(ct).ConfigureAwait(false))
        {
            if (written.Add(node.Node))
            {
                if (node.Node.Kind == NodeKind.Partner && analysis?.ByPartner.GetValueOrDefault(node.Node.Id) is { } measures)
                {
                    ExportAttributes.AddCentrality(node, measures);
                }

                await writer.WriteNodeAsync(node, ct).ConfigureAwait(false);
            }
        }

        await writer.StartEdgesAsync(ct).ConfigureAwait(false);
        long id = 0;
        await foreach (ExportEdge edge in reader.EdgesAsync(e => written.Contains(e.From) && written.Contains(e.To), ct).ConfigureAwait(false))
        {
            await writer.WriteEdgeAsync(edge, "e" + (++id).ToString(CultureInfo.InvariantCulture), ct).ConfigureAwait(false);
        }

        await writer.EndAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The collaboration network whose measures the partner nodes carry: the export's period, programme and country.</summary>
    private static async Task<NetworkSelection> SelectionAsync(KnowledgeGraphDbContext db, ExportRequest request, Period period, CancellationToken ct)
    {
        int? programme = request.Programme is null ? null : await db.Programmes.Where(p => p.Slug == request.Programme).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        int? country = request.Country is null ? null : await db.Countries.Where(c => c.Code == request.Country).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return new NetworkSelection(period, programme, country, null);
    }
}
