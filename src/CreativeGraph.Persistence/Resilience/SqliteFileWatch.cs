using System.Data.Common;
using System.Diagnostics;
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
/// <item>another file: the connection pool is cleared, so this and later opens read the new file, and
/// <see cref="Generation"/> grows (the traversal index rebuilds on it);</item>
/// <item>no file: the open fails as SQLite's "unable to open" (a transient failure, so requests answer
/// <c>DATABASE_UNAVAILABLE</c> and readiness turns false) instead of creating an empty database at the path.</item>
/// </list>
/// The watch starts with the first open that finds the file, so the start-up creates a new database as before.
/// Writes to the same file by other processes need none of this: SQLite sees them at the next read.
/// </summary>
public sealed class SqliteFileWatch
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromMilliseconds(200);

    private const int SqliteCantOpen = 14;

    private readonly Lock _lock = new();
    private string? _identity;
    private long _checkedAt;
    private bool _missing;
    private long _generation;

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

        lock (_lock)
        {
            Volatile.Write(ref _checkedAt, now);
            string? identity = FileIdentity.Of(Path);
            if (identity is null)
            {
                _missing = _identity is not null;
                return !_missing;
            }

            _missing = false;
            if (_identity is not null && identity != _identity)
            {
                // Every pool: a connection's own pool group is only known once it has opened.
                SqliteConnection.ClearAllPools();

                Interlocked.Increment(ref _generation);
            }

            _identity = identity;
            return true;
        }
    }

    private sealed class OpeningInterceptor(SqliteFileWatch watch) : DbConnectionInterceptor
    {
        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            Guard();
            return result;
        }

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            Guard();
            return ValueTask.FromResult(result);
        }

        private void Guard()
        {
            if (!watch.Check(force: false))
            {
                throw new SqliteException($"The database file '{watch.Path}' is missing (deleted or being replaced).", SqliteCantOpen);
            }
        }
    }
}
