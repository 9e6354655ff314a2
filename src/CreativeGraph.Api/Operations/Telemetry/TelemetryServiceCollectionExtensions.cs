using CreativeGraph.GraphQL.Execution.Diagnostics;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CreativeGraph.Api.Operations.Telemetry;

/// <summary>
/// Traces and metrics with OpenTelemetry, when an exporter is configured: Prometheus scraping at
/// <c>Telemetry:Prometheus:Path</c>, OTLP to <c>Telemetry:Otlp:Endpoint</c> (or <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>).
/// The spans are the HTTP request's (ASP.NET Core), the engine's (<see cref="GraphQLTelemetry"/>) and the database
/// commands' beneath them: EF Core's on SQLite, Npgsql's own on PostgreSQL (EF Core's are left out there, so each
/// statement is one span).
/// </summary>
internal static class TelemetryServiceCollectionExtensions
{
    // EF Core's provider name for PostgreSQL, whose statements Npgsql's own instrumentation traces.
    private const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public static IServiceCollection AddKnowledgeGraphTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        TelemetryOptions options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new();
        services.AddSingleton(options);
        bool otlp = TelemetryOptions.ExportsOtlp(configuration, options);
        if (!options.Prometheus.Enabled && !otlp)
        {
            return services;
        }

        OpenTelemetryBuilder telemetry = services.AddOpenTelemetry().ConfigureResource(r => r.AddService(options.ServiceName));
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddKnowledgeGraphInstrumentation();
            if (options.Prometheus.Enabled)
            {
                metrics.AddPrometheusExporter();
            }

            if (otlp)
            {
                metrics.AddOtlpExporter(o => Configure(o, options.Otlp, "v1/metrics"));
            }
        });
        if (otlp)
        {
            telemetry.WithTracing(tracing => tracing
                .AddKnowledgeGraphInstrumentation(options)
                .AddOtlpExporter(o => Configure(o, options.Otlp, "v1/traces")));
        }

        return services;
    }

    /// <summary>The spans of a request, from HTTP down to each database statement (also what tests export in memory).</summary>
    public static TracerProviderBuilder AddKnowledgeGraphInstrumentation(this TracerProviderBuilder tracing, TelemetryOptions options) => tracing
        .AddSource(GraphQLTelemetry.Name)
        .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsOperationsPath(http.Request.Path, options))
        .AddEntityFrameworkCoreInstrumentation(o => o.Filter = (provider, _) => provider != NpgsqlProvider)
        .AddNpgsql();

    /// <summary>The engine's instruments, ASP.NET Core's and Npgsql's.</summary>
    public static MeterProviderBuilder AddKnowledgeGraphInstrumentation(this MeterProviderBuilder metrics) => metrics
        .AddMeter(GraphQLTelemetry.Name)
        .AddAspNetCoreInstrumentation()
        .AddNpgsqlInstrumentation();

    /// <summary>Maps the Prometheus scraping endpoint when it is enabled.</summary>
    public static WebApplication MapKnowledgeGraphMetrics(this WebApplication app)
    {
        TelemetryOptions options = app.Services.GetRequiredService<TelemetryOptions>();
        if (options.Prometheus.Enabled)
        {
            app.MapPrometheusScrapingEndpoint(options.Prometheus.Path);
        }

        return app;
    }

    // Probes and scrapes are not traced: an orchestrator's health checks would otherwise fill the traces.
    private static bool IsOperationsPath(PathString path, TelemetryOptions options) =>
        path.StartsWithSegments(Health.HealthEndpoints.LivenessPath) || path.StartsWithSegments(Health.HealthEndpoints.ReadinessPath) || path.StartsWithSegments(options.Prometheus.Path);

    // Our endpoint setting is a collector's base address, as OTEL_EXPORTER_OTLP_ENDPOINT is: over HTTP each signal
    // has its own path below it. Without our setting the exporter reads OpenTelemetry's variables itself.
    private static void Configure(OtlpExporterOptions exporter, OtlpTelemetryOptions options, string signalPath)
    {
        if (string.IsNullOrWhiteSpace(options.Endpoint))
        {
            return;
        }

        exporter.Protocol = options.Protocol;
        exporter.Endpoint = options.Protocol == OtlpExportProtocol.HttpProtobuf
            ? new Uri(options.Endpoint.TrimEnd('/') + "/" + signalPath)
            : new Uri(options.Endpoint);
    }
}
