using System.Data;
using System.Data.Common;
using CreativeGraph.Persistence.Resilience;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreativeGraph.Persistence.Tests.Sqlite;

/// <summary>
/// The open contexts kept between requests (<see cref="SqliteContextPool"/>): reused open, bounded, and never
/// serving a file that was replaced or removed.
/// </summary>
public sealed class SqliteContextPoolTests : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("creativegraph-open-contexts-").FullName;
    private readonly ServiceProvider _services;

    public SqliteContextPoolTests()
    {
        WriteFile(DatabasePath, "first");
        _services = new ServiceCollection()
            .AddKnowledgeGraphPersistence(new KnowledgeGraphDatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={DatabasePath}"))
            .BuildServiceProvider();
    }

    private string DatabasePath => Path.Combine(_directory, "served.db");

    private SqliteContextPool Pool => _services.GetRequiredService<SqliteContextPool>();

    [Fact]
    public async Task A_context_given_back_stays_open_and_is_the_next_one_taken()
    {
        SqliteContextPool.Lease lease = Pool.Take();
        DbConnection connection = lease.Db.Database.GetDbConnection();
        Assert.Equal(ConnectionState.Open, connection.State);
        Assert.Equal("first", Read(lease));

        await Pool.Return(lease);

        Assert.Equal(ConnectionState.Open, connection.State);
        Assert.Equal(1, Pool.IdleCount);
        SqliteContextPool.Lease again = Pool.Take();
        Assert.Same(lease, again);
        Assert.Equal(0, Pool.IdleCount);
        await Pool.Return(again);
    }

    [Fact]
    public async Task A_lease_reads_one_snapshot_and_the_next_lease_sees_what_was_written_meanwhile()
    {
        // In write-ahead-log mode a writer commits while readers read, so what a lease sees shows its snapshot.
        Write(DatabasePath, "first", "PRAGMA journal_mode = WAL;");
        SqliteContextPool.Lease lease = Pool.Take();
        Assert.Equal("first", Read(lease));

        Assert.Equal(1, Write(DatabasePath, "changed"));

        Assert.Equal("first", Read(lease));
        await Pool.Return(lease);
        SqliteContextPool.Lease next = Pool.Take();
        Assert.Same(lease, next);
        Assert.Equal("changed", Read(next));
        await Pool.Return(next);
    }

    [Fact]
    public async Task An_idle_context_holds_no_lock_on_the_file()
    {
        // In rollback-journal mode (the file's) a reader's shared lock keeps writers out: a writer that does not
        // wait succeeds only if the idle connection holds none.
        SqliteContextPool.Lease lease = Pool.Take();
        Assert.Equal("first", Read(lease));
        await Pool.Return(lease);

        Assert.Equal(1, Write(DatabasePath, "changed"));

        SqliteContextPool.Lease next = Pool.Take();
        Assert.Equal("changed", Read(next));
        await Pool.Return(next);
    }

    [Fact]
    public async Task Contexts_given_back_beyond_the_capacity_are_closed()
    {
        using SqliteContextPool pool = new(
            _services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>(), _services.GetService<SqliteFileWatch>(), capacity: 2);
        SqliteContextPool.Lease[] leases = [pool.Take(), pool.Take(), pool.Take()];
        DbConnection[] connections = [.. leases.Select(l => l.Db.Database.GetDbConnection())];
        Assert.Equal(3, connections.Distinct().Count());

        foreach (SqliteContextPool.Lease lease in leases)
        {
            await pool.Return(lease);
        }

        Assert.Equal(2, pool.IdleCount);
        Assert.Equal([ConnectionState.Open, ConnectionState.Open, ConnectionState.Closed], connections.Select(c => c.State));
    }

    [Fact]
    public async Task A_file_moved_into_place_closes_the_idle_connections_and_opens_once_those_on_loan_come_back()
    {
        SqliteContextPool.Lease onLoan = Pool.Take();
        SqliteContextPool.Lease idle = Pool.Take();
        DbConnection idleConnection = idle.Db.Database.GetDbConnection();
        DbConnection onLoanConnection = onLoan.Db.Database.GetDbConnection();
        await Pool.Return(idle);

        string replacement = Path.Combine(_directory, "replacement.db");
        WriteFile(replacement, "second");
        File.Move(replacement, DatabasePath, overwrite: true);
        await Task.Delay(SqliteFileWatch.CheckInterval * 2);

        // The take finds another file: the idle connection to the old one closes at once, and the new file opens
        // only once the connection still on loan (which goes on reading the old file) has come back and closed.
        Task<SqliteContextPool.Lease> taking = Task.Run(Pool.Take);
        Assert.True(SpinWait.SpinUntil(() => idleConnection.State == ConnectionState.Closed, TimeSpan.FromSeconds(5)));
        Assert.False(taking.IsCompleted);
        Assert.Equal("first", Read(onLoan));

        await Pool.Return(onLoan);

        Assert.Equal(ConnectionState.Closed, onLoanConnection.State);
        SqliteContextPool.Lease fresh = await taking;
        Assert.Equal("second", Read(fresh));
        Assert.Equal(0, Pool.IdleCount);
        await Pool.Return(fresh);
        Assert.Equal(1, Pool.IdleCount);
    }

    [Fact]
    public async Task A_removed_file_closes_the_idle_connections_and_the_next_take_fails_as_an_open_would()
    {
        SqliteContextPool.Lease lease = Pool.Take();
        DbConnection connection = lease.Db.Database.GetDbConnection();
        await Pool.Return(lease);

        File.Move(DatabasePath, DatabasePath + ".aside");
        await Task.Delay(SqliteFileWatch.CheckInterval * 2);

        Exception failure = Assert.ThrowsAny<Exception>(() => Pool.Take());
        Assert.True(TransientDatabaseFailure.IsTransient(failure), failure.ToString());
        Assert.Equal(ConnectionState.Closed, connection.State);
        Assert.Equal(0, Pool.IdleCount);
        Assert.False(File.Exists(DatabasePath), "Taking a context created an empty database in place of the removed one.");
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static string Read(SqliteContextPool.Lease lease)
    {
        using DbCommand command = lease.Db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT Value FROM Marker";
        return (string)command.ExecuteScalar()!;
    }

    // Fails at once (no busy wait) if another connection holds a lock that keeps the writer out.
    private static int Write(string path, string marker, string before = "")
    {
        using SqliteConnection connection = new($"Data Source={path};Pooling=False;Default Timeout=0");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = before + "UPDATE Marker SET Value = $marker";
        command.Parameters.AddWithValue("$marker", marker);
        return command.ExecuteNonQuery();
    }

    private static void WriteFile(string path, string marker)
    {
        using SqliteConnection connection = new($"Data Source={path};Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE Marker (Value TEXT NOT NULL); INSERT INTO Marker VALUES ($marker);";
        command.Parameters.AddWithValue("$marker", marker);
        command.ExecuteNonQuery();
    }
}
