using System.Diagnostics;
using CreativeGraph.Persistence.Resilience;
using CreativeGraph.Persistence.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CreativeGraph.Persistence.Startup;

/// <summary>
/// A server's start-up against its database: wait until the database answers, take the <see cref="StartupLock"/>,
/// migrate and seed (see <see cref="KnowledgeGraphDatabase"/>), release the lock. Any number of processes may run
/// this at once on one database; the first migrates and seeds, the others find the work done. While the database
/// cannot be reached, each attempt is logged and the next one follows after twice the previous delay (from
/// <see cref="FirstDelay"/> up to <see cref="MaxDelay"/>), until <see cref="KnowledgeGraphDatabaseOptions.StartupTimeout"/>
/// has passed; then the last failure is thrown.
/// </summary>
public static class DatabaseStartup
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(8);

    // PostgreSQL's invalid_catalog_name, duplicate_database and unique_violation.
    private const string DatabaseMissing = "3D000";
    private const string DatabaseExists = "42P04";
    private const string UniqueViolation = "23505";

    /// <returns>What the seed added, or null when the graph already held data.</returns>
    public static async Task<ImportSummary?> RunAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        KnowledgeGraphDatabaseOptions options = services.GetRequiredService<KnowledgeGraphDatabaseOptions>();
        IDbContextFactory<KnowledgeGraphDbContext> factory = services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>();
        ILogger logger = services.GetService<ILoggerFactory>()?.CreateLogger(typeof(DatabaseStartup).FullName!) ?? NullLogger.Instance;

        Stopwatch waited = Stopwatch.StartNew();
        TimeSpan delay = FirstDelay;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await MigrateAndSeedUnderLockAsync(options, factory, logger, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (TransientDatabaseFailure.IsTransient(ex) && waited.Elapsed + delay < options.StartupTimeout)
            {
                logger.LogWarning(
                    "The database is not reachable yet (attempt {Attempt}, {Elapsed:F1} s of {Timeout:F0} s): {Reason} Next attempt in {Delay:F2} s.",
                    attempt,
                    waited.Elapsed.TotalSeconds,
                    options.StartupTimeout.TotalSeconds,
                    ex.GetBaseException().Message,
                    delay.TotalSeconds);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
            }
        }
    }

    private static async Task<ImportSummary?> MigrateAndSeedUnderLockAsync(
        KnowledgeGraphDatabaseOptions options,
        IDbContextFactory<KnowledgeGraphDbContext> factory,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        if (options.Provider == DatabaseProvider.Postgres)
        {
            await CreatePostgresDatabaseIfMissingAsync(options.ConnectionString, logger, cancellationToken).ConfigureAwait(false);
        }

        StartupLock startupLock = await StartupLock.AcquireAsync(options, message => logger.LogInformation("{Message}", message), cancellationToken).ConfigureAwait(false);
        await using (startupLock.ConfigureAwait(false))
        {
            KnowledgeGraphDbContext db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                // Logs each step it takes: migrating, seeding, seeded.
                return await KnowledgeGraphDatabase.MigrateAndSeedAsync(db, logger, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // EF Core would create a missing database itself, but the advisory lock needs one to connect to. Peers racing
    // to create it are told it exists (42P04) or collide on the catalog's unique index (23505): both mean done.
    private static async Task CreatePostgresDatabaseIfMissingAsync(string connectionString, ILogger logger, CancellationToken cancellationToken)
    {
        NpgsqlConnectionStringBuilder target = new(connectionString) { Pooling = false };
        try
        {
            await using NpgsqlConnection probe = new(target.ConnectionString);
            await probe.OpenAsync(cancellationToken).ConfigureAwait(false);
            return;
        }
        catch (PostgresException ex) when (ex.SqlState == DatabaseMissing && target.Database is { Length: > 0 })
        {
            logger.LogInformation("Database '{Database}' does not exist; creating it.", target.Database);
        }

        string name = target.Database!;
        NpgsqlConnectionStringBuilder maintenance = new(target.ConnectionString) { Database = "postgres" };
        await using NpgsqlConnection admin = new(maintenance.ConnectionString);
        await admin.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlCommand create = new($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", admin);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException ex) when (ex.SqlState is DatabaseExists or UniqueViolation)
        {
            // a peer created it first
        }
    }
}
