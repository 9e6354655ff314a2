using CreativeGraph.Data.Core;
using CreativeGraph.Data.Expressions;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.KnowledgeGraph.Fields;

/// <summary>
/// The pooled contexts of one request's statements. On SQLite a request's statements run one after another (one per
/// level of the query, each a batch, each to its end on the calling thread), so one context, with its connection
/// opened once for the request, serves them all: a statement borrows it and gives it back, and one that starts while
/// another has it borrows a second context from the pool. Opening a pooled SQLite connection once per statement is
/// what this saves: Microsoft.Data.Sqlite defines every SQL function EF Core registered on the connection again at
/// each open. Once the request's execution has completed (<see cref="IResolverContext.RegisterForCleanup"/>) the
/// connection closes and the context goes back to the pool; a statement still out then (one a timed-out request
/// left running) returns its context straight to the pool when it ends.
/// On PostgreSQL, where a level's batches run concurrently and opening is taking a pooled connection, each
/// statement rents its own context and gives it straight back, as before.
/// </summary>
internal sealed class RequestContexts
{
    private const string StateName = "CreativeGraph.Api.RequestContexts";

    private readonly IDbContextFactory<KnowledgeGraphDbContext> _factory;
    private readonly Lock _lock = new();
    private KnowledgeGraphDbContext? _idle;

    // Between the first loan of an execution and that execution's cleanup: a context given back is kept for the next.
    private bool _lending;

    // Whether contexts are shared: Unknown until the first one is made, then Shared (SQLite) or Own.
    private int _sharing;

    private const int Unknown = 0;
    private const int Shared = 1;
    private const int Own = 2;

    private RequestContexts(IDbContextFactory<KnowledgeGraphDbContext> factory)
    {
        _factory = factory;
    }

    /// <summary>The request's lender.</summary>
    public static RequestContexts Of(IResolverContext context) =>
        context.GetOrSetGlobalState(StateName, _ => new RequestContexts(context.Services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>()));

    /// <summary>A query over a context lent for one statement or one batch; disposing the owner gives the context back.</summary>
    public RentedQuery<T> Rent<T>(IResolverContext context, Func<KnowledgeGraphDbContext, IQueryable<T>> query)
        where T : class
    {
        Loan loan = Lend(context);
        try
        {
            return new RentedQuery<T>(query(loan.Db).AsNoTracking(), loan);
        }
        catch
        {
            _ = loan.DisposeAsync();
            throw;
        }
    }

    /// <summary>A context for one statement; disposing the loan gives it back.</summary>
    public Loan Lend(IResolverContext context)
    {
        if (Volatile.Read(ref _sharing) == Own)
        {
            return new Loan(this, _factory.CreateDbContext());
        }

        KnowledgeGraphDbContext? db;
        bool first;
        lock (_lock)
        {
            db = _idle;
            _idle = null;
            first = !_lending;
            _lending = true;
        }

        if (first)
        {
            context.RegisterForCleanup(CloseAsync);
        }

        if (db is null)
        {
            db = _factory.CreateDbContext();
            int sharing = Volatile.Read(ref _sharing);
            if (sharing == Unknown)
            {
                sharing = db.Database.IsSqlite() ? Shared : Own;
                Volatile.Write(ref _sharing, sharing);
            }

            if (sharing == Shared)
            {
                Open(db);
            }
        }

        return new Loan(this, db);
    }

    // The connection opens now, under the execution strategy (a busy or missing file is retried as a statement's
    // open would be), and stays open until the context goes back to the pool.
    private static void Open(KnowledgeGraphDbContext db)
    {
        try
        {
            db.Database.CreateExecutionStrategy().Execute(db.Database, static database => database.OpenConnection());
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    private ValueTask GiveBackAsync(KnowledgeGraphDbContext db)
    {
        if (Volatile.Read(ref _sharing) == Own)
        {
            return db.DisposeAsync();
        }

        lock (_lock)
        {
            if (_lending && _idle is null)
            {
                _idle = db;
                return default;
            }
        }

        return ReturnToPoolAsync(db);
    }

    private async ValueTask CloseAsync()
    {
        KnowledgeGraphDbContext? db;
        lock (_lock)
        {
            db = _idle;
            _idle = null;
            _lending = false;
        }

        if (db is not null)
        {
            await ReturnToPoolAsync(db).ConfigureAwait(false);
        }
    }

    private static async ValueTask ReturnToPoolAsync(KnowledgeGraphDbContext db)
    {
        try
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
        finally
        {
            await db.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>One statement's use of a lent context.</summary>
    public sealed class Loan : ILentContext
    {
        private readonly RequestContexts _lender;
        private KnowledgeGraphDbContext? _db;

        internal Loan(RequestContexts lender, KnowledgeGraphDbContext db)
        {
            _lender = lender;
            _db = db;
        }

        public KnowledgeGraphDbContext Db => _db ?? throw new ObjectDisposedException(nameof(Loan));

        public DbContext Context => Db;

        public ValueTask DisposeAsync() =>
            Interlocked.Exchange(ref _db, null) is { } db ? _lender.GiveBackAsync(db) : default;
    }
}
