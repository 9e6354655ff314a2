using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CreativeGraph.Api.Operations.Health;

/// <summary>A readiness check that asks the database one question, on a context of its own.</summary>
internal sealed class DatabaseQueryHealthCheck(
    IDbContextFactory<KnowledgeGraphDbContext> factory,
    Func<KnowledgeGraphDbContext, CancellationToken, Task<HealthCheckResult>> query) : IHealthCheck
{
    /// <summary>Ready when every migration this build knows is applied.</summary>
    public static async Task<HealthCheckResult> MigrationsApplied(KnowledgeGraphDbContext db, CancellationToken cancellationToken)
    {
        string[] pending = [.. await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)];
        return pending.Length == 0
            ? HealthCheckResult.Healthy("Every migration is applied.")
            : HealthCheckResult.Unhealthy($"{pending.Length} migration(s) not applied: {string.Join(", ", pending)}.");
    }

    /// <summary>Ready when the graph holds its source documents: the seed (or an import) is there.</summary>
    public static async Task<HealthCheckResult> SeedPresent(KnowledgeGraphDbContext db, CancellationToken cancellationToken) =>
        await db.Sources.AnyAsync(cancellationToken).ConfigureAwait(false)
            ? HealthCheckResult.Healthy("The graph holds its sources.")
            : HealthCheckResult.Unhealthy("The graph is empty: no source documents are stored.");

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        KnowledgeGraphDbContext db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await query(db, cancellationToken).ConfigureAwait(false);
        }
    }
}
