using CreativeGraph.Persistence.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreativeGraph.Persistence.Tests.Cancellation;

/// <summary>
/// A cancelled token stops a statement the database is running, through the contexts the server uses
/// (<see cref="KnowledgeGraphServiceCollectionExtensions.AddKnowledgeGraphPersistence(IServiceCollection, KnowledgeGraphDatabaseOptions)"/>),
/// and the connection serves the next statement. The slow statements run for minutes if nothing stops them; the tests
/// assert which exception ends them, never how long that took (a generous wait only turns a hang into a failure).
/// </summary>
public abstract class StatementCancellationTests : IDisposable
{
    // How long a statement is given to start before its token is cancelled.
    private static readonly TimeSpan s_cancelAfter = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan s_hang = TimeSpan.FromMinutes(1);

    private readonly ServiceProvider _services;

    protected StatementCancellationTests(KnowledgeGraphDatabaseOptions? options)
    {
        _services = options is null
            ? new ServiceCollection().BuildServiceProvider()
            : new ServiceCollection().AddKnowledgeGraphPersistence(options).BuildServiceProvider();
    }

    /// <summary>A statement of one row and one column named Value that runs for minutes.</summary>
    protected abstract string SlowStatement { get; }

    [DatabaseFact]
    public Task A_cancelled_token_stops_a_running_query() =>
        AssertStoppedAsync((db, token) => db.Database.SqlQueryRaw<long>(SlowStatement).ToListAsync(token));

    [DatabaseFact]
    public Task A_cancelled_token_stops_a_running_command() =>
        AssertStoppedAsync((db, token) => db.Database.ExecuteSqlRawAsync(SlowStatement, token));

    [DatabaseFact]
    public async Task The_connection_answers_the_next_statement_after_a_cancellation()
    {
        using (CancellationTokenSource cts = new(s_cancelAfter))
        {
            await using KnowledgeGraphDbContext cancelled = CreateContext();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.Database.SqlQueryRaw<long>(SlowStatement).ToListAsync(cts.Token));
        }

        // The pooled context and connection come back; a token that never fires must not be interrupted.
        await using KnowledgeGraphDbContext next = CreateContext();
        using CancellationTokenSource live = new();
        List<long> rows = await next.Database.SqlQueryRaw<long>("SELECT 42 AS \"Value\"").ToListAsync(live.Token);

        Assert.Equal([42L], rows);
    }

    [DatabaseFact]
    public async Task Cancelling_the_token_of_a_finished_query_leaves_the_next_statement_alone()
    {
        await using KnowledgeGraphDbContext db = CreateContext();
        await db.Database.OpenConnectionAsync();
        using CancellationTokenSource finished = new();
        using CancellationTokenSource next = new();
        await db.Database.SqlQueryRaw<long>("SELECT 1 AS \"Value\"").ToListAsync(finished.Token);

        // SQLite runs the statement on the calling thread, hence a thread of its own.
        Task running = Task.Run(() => db.Database.SqlQueryRaw<long>(SlowStatement).ToListAsync(next.Token));
        await Task.Delay(s_cancelAfter);
        await finished.CancelAsync();
        await Task.Delay(s_cancelAfter);
        Assert.False(running.IsCompleted, "the statement ended while its own token was alive");
        await next.CancelAsync();

        // Only the running statement's own token may stop it: an interrupt meant for the finished query would
        // surface as a SqliteException, its token being alive.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(s_hang));
    }

    // The context is warmed up first, so the statement is what runs when the token is cancelled; it must still be
    // running then (not failed nor done) and end with the cancellation. SQLite runs the statement on the calling
    // thread, hence a thread of its own.
    private async Task AssertStoppedAsync(Func<KnowledgeGraphDbContext, CancellationToken, Task> statement)
    {
        await using KnowledgeGraphDbContext db = CreateContext();
        await db.Database.SqlQueryRaw<long>("SELECT 1 AS \"Value\"").ToListAsync();
        using CancellationTokenSource cts = new();
        Task running = Task.Run(() => statement(db, cts.Token));
        await Task.Delay(s_cancelAfter);

        Assert.False(running.IsCompleted, "the statement ended before its token was cancelled");
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(s_hang));
    }

    public void Dispose()
    {
        _services.Dispose();
        GC.SuppressFinalize(this);
    }

    private KnowledgeGraphDbContext CreateContext() => _services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>().CreateDbContext();
}
