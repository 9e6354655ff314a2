using System.Diagnostics;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Resilience;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CreativeGraph.Api.Research.Index;

/// <summary>
/// Holds the current <see cref="AdjacencyIndex"/> (one per process) and rebuilds it when the data changed. Data
/// arrives through the <c>import</c> and <c>generate</c> commands, i.e. from another process, so the provider asks
/// the database: at most once per <see cref="ResearchOptions.IndexCheckInterval"/> a request compares the
/// <see cref="GraphFingerprint"/> with the index's and, when they differ, rebuilds it while other requests go on
/// with the previous index. The fingerprint is taken before the rows are read, so a change that lands during a
/// build is caught by the next check. The first request waits for the first build. When the SQLite file was
/// replaced (<see cref="SqliteFileWatch"/>), the next request checks at once instead of waiting for the interval.
/// </summary>
internal sealed partial class AdjacencyIndexProvider(
    IDbContextFactory<KnowledgeGraphDbContext> factory,
    ResearchOptions options,
    TimeProvider time,
    SqliteFileWatch? fileWatch = null,
    ILogger<AdjacencyIndexProvider>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<AdjacencyIndexProvider>.Instance;
    private readonly Lock _lock = new();
    private Task<AdjacencyIndex>? _current;
    private long _checkedAt;
    private int _checking;
    private long _fileGeneration;

    /// <summary>How many indexes were built so far (for tests and logs).</summary>
    public int Builds { get; private set; }

    /// <summary>True once an index was built (readiness reports it).</summary>
    public bool IsBuilt
    {
        get
        {
            lock (_lock)
            {
                return _current is { IsCompletedSuccessfully: true };
            }
        }
    }

    public async Task<AdjacencyIndex> GetAsync(CancellationToken cancellationToken)
    {
        AdjacencyIndex index = await Current().WaitAsync(cancellationToken).ConfigureAwait(false);
        long fileGeneration = fileWatch?.Generation ?? 0;
        if ((time.GetElapsedTime(Volatile.Read(ref _checkedAt)) < options.IndexCheckInterval && fileGeneration == Interlocked.Read(ref _fileGeneration))
            || Interlocked.CompareExchange(ref _checking, 1, 0) != 0)
        {
            return index;
        }

        try
        {
            string fingerprint = await ComputeFingerprintAsync(cancellationToken).ConfigureAwait(false);
            if (fingerprint != index.Fingerprint)
            {
                Task<AdjacencyIndex> rebuilt = BuildAsync(fingerprint);
                index = await rebuilt.WaitAsync(cancellationToken).ConfigureAwait(false);
                lock (_lock)
                {
                    _current = rebuilt;
                }
            }

            Volatile.Write(ref _checkedAt, time.GetTimestamp());
            Interlocked.Exchange(ref _fileGeneration, fileGeneration);
            return index;
        }
        finally
        {
            Volatile.Write(ref _checking, 0);
        }
    }

    /// <summary>The index being used, starting the first build (or a new one after a failed build).</summary>
    private Task<AdjacencyIndex> Current()
    {
        lock (_lock)
        {
            if (_current is null || _current.IsFaulted || _current.IsCanceled)
            {
                _current = BuildAsync(null);
                _checkedAt = time.GetTimestamp();
            }

            return _current;
        }
    }

    // Builds run to the end whoever asked for them: a cancelled request must not leave the others without an index.
    private async Task<AdjacencyIndex> BuildAsync(string? fingerprint)
    {
        await Task.Yield();
        LogBuilding(_logger);
        long started = Stopwatch.GetTimestamp();
        KnowledgeGraphDbContext db = await factory.CreateDbContextAsync(CancellationToken.None).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            fingerprint ??= await GraphFingerprint.ComputeAsync(db, CancellationToken.None).ConfigureAwait(false);
            AdjacencyIndex index = await AdjacencyIndexLoader.LoadAsync(db, fingerprint, CancellationToken.None).ConfigureAwait(false);
            lock (_lock)
            {
                Builds++;
            }

            LogBuilt(_logger, index.NodeCount, index.EdgeCount, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return index;
        }
    }

    private async Task<string> ComputeFingerprintAsync(CancellationToken cancellationToken)
    {
        KnowledgeGraphDbContext db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await GraphFingerprint.ComputeAsync(db, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Building the traversal index from the database")]
    private static partial void LogBuilding(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Traversal index built: {Nodes} nodes, {Edges} edges in {Milliseconds} ms")]
    private static partial void LogBuilt(ILogger logger, int nodes, int edges, long milliseconds);
}
