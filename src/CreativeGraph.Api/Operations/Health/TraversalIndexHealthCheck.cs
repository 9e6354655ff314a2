using CreativeGraph.Api.Research.Index;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CreativeGraph.Api.Operations.Health;

/// <summary>Ready once the in-memory traversal index has been built (start-up builds it in the background).</summary>
internal sealed class TraversalIndexHealthCheck(AdjacencyIndexProvider provider) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(provider.IsBuilt
            ? HealthCheckResult.Healthy($"Built {provider.Builds} time(s).")
            : HealthCheckResult.Unhealthy("The traversal index is not built yet."));
}
