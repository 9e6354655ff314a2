using System.Text.Json;
using CreativeGraph.Api.Research.Collaboration;
using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Research.Export;

/// <summary>
/// <c>GET /graph/export?format=graphml|gexf|csv[&amp;project=…&amp;programme=…&amp;country=…&amp;from=…&amp;to=…&amp;programmePeriod=…]</c>:
/// the graph as a file, streamed to the response as it is read. A bad parameter is a 400 with a GraphQL-style
/// error body (<c>{"errors":[{"message", "extensions":{"code","parameter"}}]}</c>) before anything is written.
/// </summary>
internal static class GraphExportEndpoint
{
    public const string Path = "/graph/export";

    public static IEndpointRouteBuilder MapGraphExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (HttpContext http, IDbContextFactory<KnowledgeGraphDbContext> contexts, NetworkAnalyses analyses) =>
        {
            Dictionary<string, string?> values = http.Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.Ordinal);
            if (ExportRequest.TryParse(values, out ExportRequest request) is { } bad)
            {
                await ProblemAsync(http, bad).ConfigureAwait(false);
                return;
            }

            var (write, problem) = await GraphExporter.PrepareAsync(contexts, request, http.RequestAborted, analyses).ConfigureAwait(false);
            if (problem is not null)
            {
                await ProblemAsync(http, problem).ConfigureAwait(false);
                return;
            }

            http.Response.ContentType = request.ContentType;
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"creativegraph.{request.FileExtension}\"";
            await write!(http.Response.Body, http.RequestAborted).ConfigureAwait(false);
        });
        return endpoints;
    }

    private static async Task ProblemAsync(HttpContext http, ExportProblem problem)
    {
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        http.Response.ContentType = "application/json; charset=utf-8";
        var body = new { errors = new[] { new { message = problem.Message, extensions = problem.ToError().Extensions } } };
        await JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: http.RequestAborted).ConfigureAwait(false);
    }
}
