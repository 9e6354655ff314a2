using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CreativeGraph.Api.Operations.Telemetry;
using CreativeGraph.Api.Tests.Snapshots;
using CreativeGraph.GraphQL.Execution.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace CreativeGraph.Api.Tests.Operations;

/// <summary>
/// What an in-memory exporter received. The tracer provider listens process-wide, so other tests' servers export
/// here too, from their threads: adding and reading take a lock.
/// </summary>
public sealed class ExportedSpans : Collection<Activity>
{
    public List<Activity> Of(ActivityTraceId traceId)
    {
        lock (this)
        {
            return [.. this.Where(s => s.TraceId == traceId)];
        }
    }

    protected override void InsertItem(int index, Activity item)
    {
        lock (this)
        {
            base.InsertItem(index, item);
        }
    }
}

/// <summary>The server's own tracing setup with an in-memory exporter in place of OTLP, on SQLite.</summary>
public sealed class TracedSqliteServer : SqliteSnapshotServer
{
    public ExportedSpans Spans { get; } = [];

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddOpenTelemetry().WithTracing(t => t.AddKnowledgeGraphInstrumentation(new TelemetryOptions()).AddInMemoryExporter(Spans));
}

/// <summary>The same on PostgreSQL, whose statements Npgsql's own instrumentation traces.</summary>
public sealed class TracedPostgresServer : PostgresSnapshotServer
{
    public ExportedSpans Spans { get; } = [];

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddOpenTelemetry().WithTracing(t => t.AddKnowledgeGraphInstrumentation(new TelemetryOptions()).AddInMemoryExporter(Spans));
}

/// <summary>
/// A nested query traced through the real HTTP endpoint: the HTTP span holds the GraphQL request span, which holds
/// parsing, validation and execution; each data loader batch hangs under execution and each database statement
/// under the batch (or the resolver) that ran it. The request carries a <c>traceparent</c> of its own, so spans of
/// other tests running in the same process are told apart by their trace.
/// </summary>
public abstract class TracingTests<TServer>(TServer server, Func<TServer, ExportedSpans> spans, string databaseSource)
    where TServer : SnapshotServer
{
    private const string Nested = "query RegionCities { regions(first: 3, order: [{ slug: ASC }]) { nodes { slug cities(first: 2) { nodes { name } } } } }";

    [SkippableFact]
    public async Task A_nested_query_is_one_trace_from_the_http_request_down_to_each_statement()
    {
        OptionalTool.Require(server.Unavailable is null, server.Unavailable ?? "");
        ActivityTraceId traceId = ActivityTraceId.CreateRandom();
        using HttpClient client = new();
        using HttpRequestMessage request = new(HttpMethod.Post, server.GraphQLEndpoint) { Content = JsonContent.Create(new JsonObject { ["query"] = Nested }) };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        using HttpResponseMessage response = await client.SendAsync(request);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Null(body["errors"]);

        List<Activity> trace = await WaitForTraceAsync(traceId);
        Activity http = Assert.Single(trace, s => s.Source.Name == "Microsoft.AspNetCore" && s.Kind == ActivityKind.Server);
        Activity graphql = Assert.Single(trace, s => s.Source.Name == GraphQLTelemetry.Name && s.ParentSpanId == http.SpanId);
        Assert.Equal(("query", "RegionCities", "query"), (graphql.DisplayName, graphql.GetTagItem(GraphQLTelemetry.OperationNameAttribute), graphql.GetTagItem(GraphQLTelemetry.OperationTypeAttribute)));
        Assert.Equal(DocumentHashes.Sha256(Nested), graphql.GetTagItem(GraphQLTelemetry.DocumentHashAttribute));
        Assert.Equal(
            [GraphQLTelemetry.ParseSpan, GraphQLTelemetry.ValidateSpan, GraphQLTelemetry.ExecuteSpan],
            trace.Where(s => s.ParentSpanId == graphql.SpanId).OrderBy(s => s.StartTimeUtc).Select(s => s.OperationName));

        Activity execute = Assert.Single(trace, s => s.OperationName == GraphQLTelemetry.ExecuteSpan);
        List<Activity> batches = [.. trace.Where(s => s.OperationName == GraphQLTelemetry.BatchSpan)];
        Assert.NotEmpty(batches);
        Assert.All(batches, b => Assert.Equal(execute.SpanId, b.ParentSpanId));
        Assert.Contains(batches, b => (int?)b.GetTagItem(GraphQLTelemetry.BatchSizeAttribute) == 3);

        // Every statement of the request is a client span of the provider's instrumentation inside the execution,
        // and the cities of the three regions are one statement under their batch.
        List<Activity> statements = [.. trace.Where(s => s.Kind == ActivityKind.Client)];
        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Equal(databaseSource, s.Source.Name));
        Assert.All(statements, s => Assert.Contains(execute.SpanId, Ancestors(s, trace)));
        Assert.Contains(statements, s => batches.Any(b => b.SpanId == s.ParentSpanId));
    }

    private static List<ActivitySpanId> Ancestors(Activity span, List<Activity> trace)
    {
        List<ActivitySpanId> ancestors = [];
        for (Activity? current = span; current is not null; current = trace.FirstOrDefault(s => s.SpanId == current.ParentSpanId))
        {
            ancestors.Add(current.ParentSpanId);
        }

        return ancestors;
    }

    // The HTTP span ends after the response is sent, so it may be exported a moment after the client has the answer.
    private async Task<List<Activity>> WaitForTraceAsync(ActivityTraceId traceId)
    {
        for (int attempt = 0; attempt < 100; attempt++)
        {
            List<Activity> trace = spans(server).Of(traceId);
            if (trace.Any(s => s.Source.Name == "Microsoft.AspNetCore"))
            {
                return trace;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The HTTP request's span was never exported.");
    }
}

public sealed class SqliteTracingTests(TracedSqliteServer server)
    : TracingTests<TracedSqliteServer>(server, s => s.Spans, "OpenTelemetry.Instrumentation.EntityFrameworkCore"), IClassFixture<TracedSqliteServer>;

public sealed class PostgresTracingTests(TracedPostgresServer server)
    : TracingTests<TracedPostgresServer>(server, s => s.Spans, "Npgsql"), IClassFixture<TracedPostgresServer>;
