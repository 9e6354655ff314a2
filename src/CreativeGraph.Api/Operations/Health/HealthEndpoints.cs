using CreativeGraph.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CreativeGraph.Api.Operations.Health;

/// <summary>
/// Health in ASP.NET Core's health checks: <c>/healthz</c> is liveness (the process answers), <c>/readyz</c> is
/// readiness (the database answers, its migrations are applied, the seed is there, the traversal index is built,
/// and for SQLite the configured file is there). Both answer JSON with every check's status; unhealthy is 503.
/// Every check gives up after <see cref="CheckTimeout"/>, so an outage turns readiness false within a probe's
/// usual timeout.
/// </summary>
internal static class HealthEndpoints
{
    public const string LivenessPath = "/healthz";
    public const string ReadinessPath = "/readyz";

    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(3);

    private const string Live = "live";
    private const string Ready = "ready";

    public static IServiceCollection AddKnowledgeGraphHealth(this IServiceCollection services)
    {
        // The EF Core check resolves the context from the request's scope; the pooled factory provides it.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>().CreateDbContext());
        services.AddHealthChecks()
            .AddCheck("process", () => HealthCheckResult.Healthy("The process answers."), [Live])
            .AddCheck<SqliteFileHealthCheck>("database-file", tags: [Ready], timeout: CheckTimeout)
            .AddDbContextCheck<KnowledgeGraphDbContext>("database", tags: [Ready])
            .Add(Query("migrations", DatabaseQueryHealthCheck.MigrationsApplied))
            .Add(Query("seed", DatabaseQueryHealthCheck.SeedPresent))
            .AddCheck<TraversalIndexHealthCheck>("traversal-index", tags: [Ready], timeout: CheckTimeout);
        services.Configure<HealthCheckServiceOptions>(o =>
        {
            foreach (HealthCheckRegistration registration in o.Registrations)
            {
                registration.Timeout = CheckTimeout;
            }
        });
        return services;
    }

    public static IEndpointRouteBuilder MapKnowledgeGraphHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivenessPath, Options(Live));
        endpoints.MapHealthChecks(ReadinessPath, Options(Ready));
        return endpoints;
    }

    private static HealthCheckRegistration Query(string name, Func<KnowledgeGraphDbContext, CancellationToken, Task<HealthCheckResult>> query) =>
        new(name, sp => new DatabaseQueryHealthCheck(sp.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>(), query), HealthStatus.Unhealthy, [Ready], CheckTimeout);

    private static HealthCheckOptions Options(string tag) => new()
    {
        Predicate = registration => registration.Tags.Contains(tag),
        ResponseWriter = HealthReportWriter.WriteAsync,
        AllowCachingResponses = false,
    };
}
