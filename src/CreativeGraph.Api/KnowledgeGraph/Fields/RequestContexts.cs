using CreativeGraph.Data.Core;
using CreativeGraph.Data.Expressions;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.KnowledgeGraph.Fields;

/// <summary>
/// The contexts of one request's statements. On SQLite a request's statements run one after another (one per level
/// of the query, each a batch, each to its end on the calling thread), so one context serves them all: it comes open
/// from the <see cref="SqliteContextPool"/>, a statement borrows it and gives it back, and one that starts while
/// another has it borrows a second from the pool. Once the request's execution has completed
/// (<see cref="IResolverContext.RegisterForCleanup"/>) the context goes back to the pool, its connection still open
/// for the next request; a statement still out then (one a timed-out request left running) returns its context
/// straight to the pool when it ends. Opening a pooled SQLite connection is what this saves: Microsoft.Data.Sqlite
/// defines every SQL function EF Core registered on the connection again at each open.
/// On PostgreSQL, where a level's batches run concurrently and opening is taking a pooled connection, each
/// statement rents its own context from EF Core's pool and gives it straight back.
/// </summary>
internal sealed class RequestContexts
{
    private const string StateName = "CreativeGraph.Api.RequestContexts";

    private readonly IDbContextFactory<KnowledgeGraphDbContext> _factory;

    // Null on PostgreSQL: every statement has a context of its own.
    private readonly SqliteContextPool? _open;
    private readonly Lock _lock = new();
    private SqliteContextPool.Lease? _idle;

    // Between the first loan of an execution and that execution's cleanup: a context given back is kept for the next.
    private bool _lending;

    private RequestContexts(IServiceProvider services)
    {
        _factory = services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>();
        _open = services.GetService<SqliteContextPool>();
    }

    /// <summary>The request's lender.</summary>
    public static RequestContexts Of(IResolverContext context) =>
        context.GetOrSetGlobalState(StateName, _ => new RequestContexts(context.Services));

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
        if (_open is null)
        {
            return new Loan(this, _factory.CreateDbContext(), lease: null);
        }

        SqliteContextPool.Lease? lease;
        bool first;
        lock (_lock)
        {
            lease = _idle;
            _idle = null;
            first = !_lending;
            _lending = true;
        }

        if (first)
        {
            context.RegisterForCleanup(CloseAsync);
        }

        lease ??= _open.Take();
        return new Loan(this, lease.Db, lease);
    }

    private ValueTask GiveBackAsync(KnowledgeGraphDbContext db, SqliteContextPool.Lease? lease)
    {
        if (lease is null)
        {
            return db.DisposeAsync();
        }

        lock (_lock)
        {
            if (_lending && _idle is null)
            {
                _idle = lease;
                return default;
            }
        }

        return _open!.Return(lease);
    }

    private ValueTask CloseAsync()
    {
        SqliteContextPool.Lease? lease;
        lock (_lock)
        {
            lease = _idle;
            _idle = null;
            _lending = false;
        }

        return lease is null ? default : _open!.Return(lease);
    }

    /// <summary>One statement's use of a lent context.</summary>
    public sealed class Loan : ILentContext
    {
        private readonly RequestContexts _lender;
        private readonly SqliteContextPool.Lease? _lease;
        private KnowledgeGraphDbContext? _db;

        internal Loan(RequestContexts lender, KnowledgeGraphDbContext db, SqliteContextPool.Lease? lease)
        {
            _lender = lender;
            _db = db;
            _lease = lease;
        }

        public KnowledgeGraphDbContext Db => _db ?? throw new ObjectDisposedException(nameof(Loan));

        public DbContext Context => Db;

        public ValueTask DisposeAsync() =>
            Interlocked.Exchange(ref _db, null) is { } db ? _lender.GiveBackAsync(db, _lease) : default;
    }
}
