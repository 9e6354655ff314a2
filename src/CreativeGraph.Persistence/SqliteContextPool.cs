using CreativeGraph.Persistence.Resilience;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace CreativeGraph.Persistence;

/// <summary>
/// Contexts whose SQLite connection stays open between requests. EF Core's context pool closes a context's
/// connection when the context goes back, and each open of a pooled SQLite connection costs more than a short
/// read: Microsoft.Data.Sqlite defines every SQL function EF Core registered on the connection again, SQLite's
/// function table is searched for each, and the file watch looks at the file. Here a context taken is already open,
/// and one given back stays open for the next request, up to <see cref="Capacity"/> idle ones.
/// The file watch (<see cref="SqliteFileWatch"/>) is still asked at every take, so a deleted or replaced file is
/// noticed as soon as before: a replacement closes the idle connections to the old file at once (the new file
/// opens only once every connection to the old one has closed) and those out on loan when they come back; a missing
/// file closes them too, and the next open fails as it always did.
/// A lease reads one snapshot: its statements run in one read transaction, begun when it is taken and ended when it
/// is given back. Besides consistency this is speed: outside a transaction every statement begins and ends one of
/// its own, taking and releasing the file's shared lock (in rollback-journal mode: a lock call, a look for a hot
/// journal and a read of the header each time), which costs a point lookup ten times its own work. The transaction is
/// SQLite's alone (begun on the native handle), so EF Core and Microsoft.Data.Sqlite run their commands as usual and
/// the execution strategy still retries them; leases are for reading, and a write through one would fail to begin
/// its own transaction.
/// </summary>
public sealed class SqliteContextPool : IDisposable
{
    private readonly IDbContextFactory<KnowledgeGraphDbContext> _factory;
    private readonly SqliteFileWatch? _watch;
    private readonly Lock _lock = new();
    private readonly Stack<Lease> _idle = new();

    // Grows when the file is replaced: a lease from an earlier generation holds the old file and is closed.
    private long _generation;
    private bool _disposed;

    public SqliteContextPool(IDbContextFactory<KnowledgeGraphDbContext> factory, SqliteFileWatch? watch, int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _factory = factory;
        _watch = watch;
        Capacity = capacity;
        if (watch is not null)
        {
            watch.Replaced += CloseIdle;
        }
    }

    /// <summary>Idle open contexts kept by default: enough for every request a busy server runs at once.</summary>
    public const int DefaultCapacity = 64;

    /// <summary>How many idle open contexts are kept; more given back are closed.</summary>
    public int Capacity { get; }

    /// <summary>Idle open contexts now.</summary>
    public int IdleCount
    {
        get
        {
            lock (_lock)
            {
                return _idle.Count;
            }
        }
    }

    /// <summary>
    /// A context with its connection open (opened now, under the execution strategy, when no idle one is left);
    /// give it back with <see cref="Return"/>.
    /// </summary>
    public Lease Take()
    {
        // The watch closes the idle connections (Replaced) when it finds another file; a missing file closes them here.
        if (_watch is not null && !_watch.FileIsThere())
        {
            CloseIdle();
        }

        long generation;
        while (true)
        {
            Lease? idle;
            lock (_lock)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                generation = _generation;
                if (!_idle.TryPop(out idle))
                {
                    break;
                }
            }

            try
            {
                BeginRead(idle);
                return idle;
            }
            catch (SqliteException)
            {
                // A connection that cannot begin a transaction is not kept; the next idle one, or a new one, serves.
                Close(idle);
            }
        }

        KnowledgeGraphDbContext db = _factory.CreateDbContext();
        try
        {
            db.Database.CreateExecutionStrategy().Execute(db.Database, static database => database.OpenConnection());
            Lease lease = new(db, generation);
            BeginRead(lease);
            return lease;
        }
        catch
        {
            try
            {
                db.Database.CloseConnection();
            }
            finally
            {
                db.Dispose();
            }

            throw;
        }
    }

    /// <summary>Keeps the context open for the next request, or closes it (pool full, file replaced, connection broken).</summary>
    public ValueTask Return(Lease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        if (EndRead(lease))
        {
            lock (_lock)
            {
                if (!_disposed && lease.Generation == _generation && _idle.Count < Capacity)
                {
                    _idle.Push(lease);
                    return default;
                }
            }
        }

        return CloseAsync(lease);
    }

    public void Dispose()
    {
        if (_watch is not null)
        {
            _watch.Replaced -= CloseIdle;
        }

        lock (_lock)
        {
            _disposed = true;
        }

        CloseIdle();
    }

    // Deferred: the snapshot is taken, and the shared lock with it, by the lease's first read.
    private static void BeginRead(Lease lease) => Execute(lease.Handle, "BEGIN");

    // Ends the lease's transaction; false when the connection is no longer fit to keep (closed, or the end failed).
    private static bool EndRead(Lease lease)
    {
        if (lease.Db.Database.GetDbConnection() is not SqliteConnection { State: System.Data.ConnectionState.Open, Handle: { } handle } || handle != lease.Handle)
        {
            return false;
        }

        // SQLite may have ended the transaction itself (some errors roll it back).
        if (raw.sqlite3_get_autocommit(handle) != 0)
        {
            return true;
        }

        try
        {
            Execute(handle, "COMMIT");
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private static void Execute(sqlite3 handle, string sql) =>
        SqliteException.ThrowExceptionForRC(raw.sqlite3_exec(handle, sql), handle);

    private void CloseIdle()
    {
        Lease[] idle;
        lock (_lock)
        {
            _generation++;
            idle = [.. _idle];
            _idle.Clear();
        }

        foreach (Lease lease in idle)
        {
            Close(lease);
        }
    }

    private static void Close(Lease lease)
    {
        try
        {
            lease.Db.Database.CloseConnection();
        }
        finally
        {
            lease.Db.Dispose();
        }
    }

    private static async ValueTask CloseAsync(Lease lease)
    {
        try
        {
            await lease.Db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
        finally
        {
            await lease.Db.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>An open context taken from the pool, and the file generation it opened on.</summary>
    public sealed class Lease
    {
        internal Lease(KnowledgeGraphDbContext db, long generation)
        {
            Db = db;
            Generation = generation;
            Handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle
                ?? throw new InvalidOperationException("The connection of a pooled context is not open.");
        }

        public KnowledgeGraphDbContext Db { get; }

        // The native connection the lease's transaction runs on (the same for as long as the connection stays open).
        internal sqlite3 Handle { get; }

        internal long Generation { get; }
    }
}
