using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CreativeGraph.Persistence.Resilience;

/// <summary>
/// EF Core's execution strategy for the knowledge graph: a statement that fails because the database is briefly
/// unreachable or busy (<see cref="TransientDatabaseFailure"/>) is run again, at most <see cref="MaxRetries"/> times
/// (at once, then after about a second), so a PostgreSQL restart or a pool of connections broken by it costs a
/// request a retry instead of an error. Reads outside a transaction are what the server runs, and they are safe to
/// repeat. Inside a transaction the imports and the seed run their statements once, as they would without this
/// strategy: a retry there would repeat half of a transaction, so its failure propagates and the whole import is
/// rolled back.
/// </summary>
public sealed class ReadRetryingExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, MaxRetries, MaxDelay)
{
    /// <summary>How often a failed statement is run again.</summary>
    public const int MaxRetries = 2;

    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(1);

    private bool InTransaction => Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;

    protected override void OnFirstExecution()
    {
        if (InTransaction)
        {
            ExceptionsEncountered.Clear();
            return;
        }

        base.OnFirstExecution();
    }

    protected override bool ShouldRetryOn(Exception exception) => !InTransaction && TransientDatabaseFailure.IsTransient(exception);
}
