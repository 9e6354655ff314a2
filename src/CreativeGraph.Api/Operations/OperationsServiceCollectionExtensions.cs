using CreativeGraph.Api.Operations.Health;
using CreativeGraph.Api.Operations.Telemetry;

namespace CreativeGraph.Api.Operations;

/// <summary>
/// What running the server in production needs beside the API: health endpoints, graceful shutdown with a drain
/// period, and (see <c>Telemetry/</c>) traces, metrics and request logs.
/// </summary>
internal static class OperationsServiceCollectionExtensions
{
    // Time the web server keeps for itself after the drain (closing connections, flushing logs).
    private static readonly TimeSpan s_afterDrain = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddKnowledgeGraphOperations(this IServiceCollection services, IConfiguration configuration)
    {
        ShutdownOptions shutdown = configuration.GetSection(ShutdownOptions.Section).Get<ShutdownOptions>() ?? new ShutdownOptions();
        services.AddOptions<ShutdownOptions>().BindConfiguration(ShutdownOptions.Section);
        services.Configure<HostOptions>(o => o.ShutdownTimeout = shutdown.DrainTimeout + s_afterDrain);
        services.AddSingleton<RequestDrain>();
        services.AddHostedService(sp => sp.GetRequiredService<RequestDrain>());
        services.AddKnowledgeGraphHealth();
        services.AddKnowledgeGraphTelemetry(configuration);
        return services;
    }

    /// <summary>The operations middleware, first in the pipeline, the health endpoints and (when enabled) <c>/metrics</c>.</summary>
    public static WebApplication UseKnowledgeGraphOperations(this WebApplication app)
    {
        app.UseMiddleware<RequestDrain>();
        app.MapKnowledgeGraphHealth();
        app.MapKnowledgeGraphMetrics();
        return app;
    }
}
