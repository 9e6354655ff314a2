using CreativeGraph.Persistence.Resilience;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CreativeGraph.Api.Operations.Health;

/// <summary>Ready while the configured SQLite file exists (always ready on PostgreSQL and in-memory SQLite).</summary>
internal sealed class SqliteFileHealthCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (services.GetService<SqliteFileWatch>() is not { } watch)
        {
            return Task.FromResult(HealthCheckResult.Healthy("Not a SQLite file."));
        }

        return Task.FromResult(watch.IsMissing
            ? HealthCheckResult.Unhealthy($"The database file {watch.Path} is missing.")
            : HealthCheckResult.Healthy($"The database file is there (replaced {watch.Generation} time(s) while running)."));
    }
}
