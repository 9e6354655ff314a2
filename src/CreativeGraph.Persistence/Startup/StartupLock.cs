using Microsoft.Data.Sqlite;
using Npgsql;

namespace CreativeGraph.Persistence.Startup;

/// <summary>
/// Serialises the start-up work (migrations and seed) of every process that serves one database, so instances
/// started together cannot both create a table or insert the seed. Released when disposed, and by the operating
/// system or PostgreSQL when the process dies.
/// <list type="bullet">
/// <item>PostgreSQL: a session-level advisory lock (<c>pg_try_advisory_lock</c>, polled) held on a connection of its own.</item>
/// <item>SQLite: an exclusive lock on a file beside the database (<c>creativegraph.db.lock</c>). A lock inside
/// the database (<c>BEGIN IMMEDIATE</c>) cannot be used: migrations need the database's write lock themselves.</item>
/// </list>
/// </summary>
internal abstract class StartupLock : IAsyncDisposable
{
    /// <summary>The advisory lock's key: the first 8 bytes of "CreativeGraph startup" read as a number.</summary>
    internal const long PostgresLockKey = 0x4372_6561_7469_7665;

    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(100);

    public static async Task<StartupLock> AcquireAsync(KnowledgeGraphDatabaseOptions options, Action<string> waiting, CancellationToken cancellationToken) =>
        options.Provider == DatabaseProvider.Postgres
            ? await PostgresLock.AcquireAsync(options.ConnectionString, waiting, cancellationToken).ConfigureAwait(false)
            : await SqliteLock.AcquireAsync(options.ConnectionString, waiting, cancellationToken).ConfigureAwait(false);

    public abstract ValueTask DisposeAsync();

    private sealed class PostgresLock(NpgsqlConnection connection) : StartupLock
    {
        public static async Task<StartupLock> AcquireAsync(string connectionString, Action<string> waiting, CancellationToken cancellationToken)
        {
            // Not pooled: the lock belongs to the session, and closing the connection must end it. Polled with
            // pg_try_advisory_lock rather than waited for server-side, so a wait never holds a command open.
            NpgsqlConnection connection = new(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
            try
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                await using NpgsqlCommand command = new($"SELECT pg_try_advisory_lock({PostgresLockKey})", connection);
                bool reported = false;
                while (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not true)
                {
                    if (!reported)
                    {
                        waiting("Another instance holds the start-up lock; waiting for it to finish migrating and seeding.");
                        reported = true;
                    }

                    await Task.Delay(s_poll, cancellationToken).ConfigureAwait(false);
                }

                return new PostgresLock(connection);
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        public override async ValueTask DisposeAsync()
        {
            try
            {
                await using NpgsqlCommand command = new($"SELECT pg_advisory_unlock({PostgresLockKey})", connection);
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
            catch (NpgsqlException)
            {
                // The session is gone, and its lock with it.
            }

            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private sealed class SqliteLock(FileStream? file) : StartupLock
    {
        public static async Task<StartupLock> AcquireAsync(string connectionString, Action<string> waiting, CancellationToken cancellationToken)
        {
            SqliteConnectionStringBuilder builder = new(connectionString);
            if (builder.DataSource.Length == 0 || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
            {
                return new SqliteLock(null); // private to this process
            }

            string path = builder.DataSource + ".lock";
            bool reported = false;
            while (true)
            {
                try
                {
                    // FileShare.None is an exclusive advisory lock (flock) on Unix and a sharing lock on Windows.
                    return new SqliteLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
                }
                catch (IOException) when (!cancellationToken.IsCancellationRequested)
                {
                    if (!reported)
                    {
                        waiting($"Another process holds {path}; waiting for it to finish migrating and seeding.");
                        reported = true;
                    }

                    await Task.Delay(s_poll, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        public override ValueTask DisposeAsync() => file?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
