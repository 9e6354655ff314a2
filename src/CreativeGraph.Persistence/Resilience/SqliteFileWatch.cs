using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CreativeGraph.Persistence.Resilience;

/// <summary>
/// Notices that the configured SQLite file was deleted or replaced (a deployment moving a new copy into place, a
/// restore). Pooled connections keep the file they opened, even a deleted one, so without this the server would
/// go on serving the old data and never see the new file. Before a connection opens (at most every
/// <see cref="CheckInterval"/>) the file's identity (<see cref="FileIdentity"/>) is compared with the one seen
/// last:
/// <list type="bullet">
/// <item>another file: the connection pool is cleared, <see cref="Generation"/> grows (the traversal index rebuilds
/// on it), and no connection opens on the new file until every connection to the old one has closed (see
/// below);</item>
/// <item>no file: the open fails as SQLite's "unable to open" (a transient failure, so requests answer
/// <c>DATABASE_UNAVAILABLE</c> and readiness turns false) instead of creating an empty database at the path.</item>
/// </list>
/// Why the wait: a database in WAL mode keeps its log and shared index beside the path (<c>-wal</c>, <c>-shm</c>).
/// After a rename over the path those still belong to the old file, and a connection opening the new file would
/// take the old file's pages from them, or fold them into the new file. So opens wait (at most
/// <see cref="DrainTimeout"/>, then fail as "busy": transient, retried, then coded) until every connection to the
/// old file has closed; then the old log is removed and the new file opens clean. Every open is verified right
/// after it happens (<see cref="Verify"/>), which closes the window between two checks. Only this process may
/// have the old file open when it is replaced; a symbolic link switched to a new file avoids the question, since
/// SQLite names the log after the link's target.
/// The watch starts with the first open that finds the file, so the start-up creates a new database as before.
/// Writes to the same file by other processes need none of this: SQLite sees them at the next read.
/// </summary>
public sealed class SqliteFileWatch
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>How long an open waits for the old file's connections to close after a replacement.</summary>
    public static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan DrainPoll = TimeSpan.FromMilliseconds(5);

    private const int SqliteBusy = 5;
    private const int SqliteCantOpen = 14;

    private readonly Lock _lock = new();
    private FileIdentity? _identity;
    private FileIdentity? _logIdentity;

    // The identity served, readable without the lock (a struct could be read torn).
    private StrongBox<FileIdentity>? _identityBox;
    private long _checkedAt;
    private bool _missing;
    private long _generation;

    // Connections this process opened through EF Core on the watched path and has not seen close (a connection
    // disposed without an event shows up as closed when asked), and whether a replaced file's are still closing.
    private readonly ConcurrentDictionary<DbConnection, long> _connections = new();
    private bool _draining;

    public SqliteFileWatch(string path)
    {
        Path = path;
        Interceptor = new OpeningInterceptor(this);
    }

    /// <summary>The database file watched.</summary>
    public string Path { get; }

    /// <summary>How often the file was replaced since the process started (0: never).</summary>
    public long Generation
    {
        get
        {
            Check(force: false);
            return Interlocked.Read(ref _generation);
        }
    }

    /// <summary>True when the file was there once and is gone now (as of the last check).</summary>
    public bool IsMissing
    {
        get
        {
            Check(force: true);
            return _missing;
        }
    }

    internal DbConnectionInterceptor Interceptor { get; }

    /// <summary>
    /// Raised (outside the watch's lock) once another file is found at the path: whoever keeps connections open
    /// closes those it is not using, so the new file can open.
    /// </summary>
    public event Action? Replaced;

    /// <summary>Looks at the file (at most every <see cref="CheckInterval"/>); false when it is missing.</summary>
    public bool FileIsThere() => Check(force: false);

    /// <summary>The watch of a file database; null for an in-memory one.</summary>
    public static SqliteFileWatch? For(string connectionString)
    {
        SqliteConnectionStringBuilder builder = new(connectionString);
        bool inMemory = builder.DataSource.Length == 0 || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory;
        return inMemory ? null : new SqliteFileWatch(System.IO.Path.GetFullPath(builder.DataSource));
    }

    /// <summary>Compares the file with the one seen last; clears the pool when it changed. Returns false when it is missing.</summary>
    private bool Check(bool force)
    {
        long now = Stopwatch.GetTimestamp();
        if (!force && Stopwatch.GetElapsedTime(Volatile.Read(ref _checkedAt), now) < CheckInterval)
        {
            return !Volatile.Read(ref _missing);
        }

        bool replaced = false;
        try
        {
            lock (_lock)
            {
                return CheckLocked(now, ref replaced);
            }
        }
        finally
        {
            if (replaced)
            {
                Replaced?.Invoke();
            }
        }
    }

    private bool CheckLocked(long now, ref bool replaced)
    {
        Volatile.Write(ref _checkedAt, now);
        FileIdentity? identity = FileIdentity.Of(Path);
        if (identity is null)
        {
            _missing = _identity is not null;
            return !_missing;
        }

        _missing = false;
        if (_identity is null || identity == _identity)
        {
            // The log beside the path is this file's while the file is the one served.
            _logIdentity = FileIdentity.Of(Path + "-wal");
        }
        else
        {
            // Every pool: a connection's own pool group is only known once it has opened. Idle connections
            // close now; those in use close when they are returned, since their pool is gone.
            SqliteConnection.ClearAllPools();
            Volatile.Write(ref _draining, true);

            Interlocked.Increment(ref _generation);
            replaced = true;
        }

        if (_identity != identity)
        {
            _identity = identity;
            Volatile.Write(ref _identityBox, new StrongBox<FileIdentity>(identity.Value));
        }

        return true;
    }

    /// <summary>
    /// True once every connection opened before the replacement has closed (forgetting the closed ones on the way);
    /// then the old file's log is removed before the first connection to the new file opens.
    /// </summary>
    private bool Drained()
    {
        foreach (DbConnection connection in _connections.Keys)
        {
            if (connection.State != System.Data.ConnectionState.Closed)
            {
                return false;
            }

            _connections.TryRemove(connection, out _);
        }

        lock (_lock)
        {
            if (_draining)
            {
                RemoveStaleLog();
                Volatile.Write(ref _draining, false);
            }
        }

        return true;
    }

    /// <summary>
    /// SQLite does not fold the log into a file that was moved or deleted while open, and leaves the log and its
    /// index beside the path, where the next open would read them as the new file's. The log seen beside the
    /// old file (the same file, by identity) is the old file's: both go. A log that appeared since is the new
    /// file's and stays.
    /// </summary>
    private void RemoveStaleLog()
    {
        if (_logIdentity is not null && FileIdentity.Of(Path + "-wal") == _logIdentity)
        {
            File.Delete(Path + "-wal");
            File.Delete(Path + "-shm");
        }

        _logIdentity = FileIdentity.Of(Path + "-wal");
    }

    private void Forget(DbConnection connection) => _connections.TryRemove(connection, out _);

    private SqliteException Missing() =>
        new($"The database file '{Path}' is missing (deleted or being replaced).", SqliteCantOpen);

    private SqliteException StillDraining() =>
        new($"The database file '{Path}' was replaced and connections to the old file are still open.", SqliteBusy);

    /// <summary>
    /// Lets a connection open once the file is there and no replaced file's connections are still open, then
    /// remembers it. Waits at most <see cref="DrainTimeout"/>, looking every few milliseconds.
    /// </summary>
    private async ValueTask EnterAsync(DbConnection connection, bool synchronous, CancellationToken cancellationToken)
    {
        if (!Check(force: false))
        {
            throw Missing();
        }

        long start = Stopwatch.GetTimestamp();
        while (Volatile.Read(ref _draining) && !Drained())
        {
            if (Stopwatch.GetElapsedTime(start) > DrainTimeout)
            {
                throw StillDraining();
            }

            if (synchronous)
            {
                Thread.Sleep(DrainPoll);
            }
            else
            {
                await Task.Delay(DrainPoll, cancellationToken).ConfigureAwait(false);
            }
        }

        _connections[connection] = Interlocked.Read(ref _generation);
    }

    /// <summary>
    /// Makes sure a connection just opened holds the file served. Checked before the open only every
    /// <see cref="CheckInterval"/>, so a file moved into place in between may be what it opened, beside the old
    /// file's log; SQLite reads the log only with the first statement, so failing here (as "busy": retried once
    /// the old connections are gone) keeps that connection from reading anything. A rename after this check
    /// cannot matter: the connection then holds the old file, whose log the path still names.
    /// </summary>
    private void Verify(DbConnection connection)
    {
        FileIdentity? identity = FileIdentity.Of(Path);
        if (identity is not null && Current(connection, identity.Value))
        {
            return;
        }

        // The first sighting of the file (a database just created) is no replacement.
        Check(force: true);
        if (identity is not null && Current(connection, identity.Value))
        {
            return;
        }

        connection.Close();
        throw identity is null ? Missing() : StillDraining();
    }

    /// <summary>
    /// True when the connection opened the file served, with no replacement since it was let in and none still
    /// draining (a connection that opens while one drains slipped in before it began).
    /// </summary>
    private bool Current(DbConnection connection, FileIdentity identity) =>
        identity == Volatile.Read(ref _identityBox)?.Value
        && !Volatile.Read(ref _draining)
        && _connections.TryGetValue(connection, out long generation)
        && generation == Interlocked.Read(ref _generation);

    private sealed class OpeningInterceptor(SqliteFileWatch watch) : DbConnectionInterceptor
    {
        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            // Synchronous all the way down: the task is complete when it returns.
            watch.EnterAsync(connection, synchronous: true, CancellationToken.None).GetAwaiter().GetResult();
            return result;
        }

        public override async ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            await watch.EnterAsync(connection, synchronous: false, cancellationToken).ConfigureAwait(false);
            return result;
        }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => watch.Verify(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            watch.Verify(connection);
            return Task.CompletedTask;
        }

        public override void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => watch.Forget(connection);

        public override Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            watch.Forget(connection);
            return Task.CompletedTask;
        }

        public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => watch.Forget(connection);

        public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
        {
            watch.Forget(connection);
            return Task.CompletedTask;
        }
    }
}
