using System.Diagnostics;
using CreativeGraph.Persistence.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreativeGraph.Persistence.Tests.Cancellation;

/// <summary>
/// A cancelled token stops a statement the database is running, through the contexts the server uses
/// (<see cref="KnowledgeGraphServiceCollectionExtensions.AddKnowledgeGraphPersistence(IServiceCollection, KnowledgeGraphDatabaseOptions)"/>),
/// and the connection serves the next statement. The slow statements run for minutes if nothing stops them.
/// </summary>
public abstract class StatementCancellationTests : IDisposable
{
    private static readonly TimeSpan s_cancelAfter = TimeSpan.FromMilliseconds(300);

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
        AssertStoppedPromptlyAsync((db, token) => db.Database.SqlQueryRaw<long>(SlowStatement).ToListAsync(token));

    [DatabaseFact]
    public Task A_cancelled_token_stops_a_running_command() =>
        AssertStoppedPromptlyAsync((db, token) => db.Database.ExecuteSqlRawAsync(SlowStatement, token));

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

        Stopwatch clock = Stopwatch.StartNew();
        next.CancelAfter(TimeSpan.FromMilliseconds(1_500));

        // SQLite runs the statement on the calling thread, hence a thread of its own.
        Task running = Task.Run(() => db.Database.SqlQueryRaw<long>(SlowStatement).ToListAsync(next.Token));
        await Task.Delay(300);
        await finished.CancelAsync();

        // Only the running statement's own token may stop it (an interrupt meant for the finished query would
        // surface as a SqliteException, its token being alive); the upper bound only guards against a hang.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.True(next.IsCancellationRequested);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(1_400), TimeSpan.FromSeconds(10));
    }

    // The clock runs from the cancellation to the exception; the context is warmed up first, so EF's first-use
    // work is not counted. SQLite runs the statement on the calling thread, hence a thread of its own.
    private async Task AssertStoppedPromptlyAsync(Func<KnowledgeGraphDbContext, CancellationToken, Task> statement)
    {
        await using KnowledgeGraphDbContext db = CreateContext();
        await db.Database.SqlQueryRaw<long>("SELECT 1 AS \"Value\"").ToListAsync();
        using CancellationTokenSource cts = new();
        Task running = Task.Run(() => statement(db, cts.Token));
        await Task.Delay(s_cancelAfter);

        Stopwatch sinceCancelled = Stopwatch.StartNew();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);

        Assert.InRange(sinceCancelled.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(1));
    }

    public void Dispose()
    {
        _services.Dispose();
        GC.SuppressFinalize(this);
    }

    private KnowledgeGraphDbContext CreateContext() => _services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>().CreateDbContext();
}
