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
    public async Task A_cancelled_token_stops_a_running_query()
    {
        await using KnowledgeGraphDbContext db = CreateContext();
        using CancellationTokenSource cts = new(s_cancelAfter);

        Stopwatch clock = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.Database.SqlQueryRaw<long>(SlowStatement).ToListAsync(cts.Token));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, s_cancelAfter + TimeSpan.FromSeconds(1));
    }

    [DatabaseFact]
    public async Task A_cancelled_token_stops_a_running_command()
    {
        await using KnowledgeGraphDbContext db = CreateContext();
        using CancellationTokenSource cts = new(s_cancelAfter);

        Stopwatch clock = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.Database.ExecuteSqlRawAsync(SlowStatement, cts.Token));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, s_cancelAfter + TimeSpan.FromSeconds(1));
    }

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

        // Only the running statement's own token may stop it.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(1_400), TimeSpan.FromSeconds(3));
    }

    public void Dispose()
    {
        _services.Dispose();
        GC.SuppressFinalize(this);
    }

    private KnowledgeGraphDbContext CreateContext() => _services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>().CreateDbContext();
}
