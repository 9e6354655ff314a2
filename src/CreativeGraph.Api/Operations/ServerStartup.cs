using CreativeGraph.Api.Research.Index;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Startup;

namespace CreativeGraph.Api.Operations;

/// <summary>
/// What a server does before it listens: wait for the database, migrate and seed it under the start-up lock
/// (<see cref="KnowledgeGraphDatabase.MigrateAndSeedAsync(IServiceProvider, CancellationToken)"/>), then start
/// building the traversal index in the background (readiness waits for it, requests that need it wait for it).
/// A database still unreachable after <c>Database:StartupTimeout</c>, or a database that refuses the server, ends
/// the process with one logged line and exit code 1 instead of a stack trace.
/// </summary>
internal static class ServerStartup
{
    public const int DatabaseFailedExitCode = 1;

    /// <returns>Null when the server may start, else the exit code.</returns>
    public static async Task<int?> RunAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ILogger logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ServerStartup).FullName!);
        try
        {
            await KnowledgeGraphDatabase.MigrateAndSeedAsync(services, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogCritical("The database could not be prepared, so the server does not start: {Reason}", ex.GetBaseException().Message);
            return DatabaseFailedExitCode;
        }

        AdjacencyIndexProvider index = services.GetRequiredService<AdjacencyIndexProvider>();
        _ = Task.Run(async () =>
        {
            try
            {
                await index.GetAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                // The next request that needs the index builds it again (and reports what fails).
                logger.LogWarning("Building the traversal index failed: {Reason}", ex.GetBaseException().Message);
            }
        }, CancellationToken.None);
        return null;
    }
}
