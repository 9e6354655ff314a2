using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace CreativeGraph.Persistence;

/// <summary>
/// Makes a cancelled token stop a running SQLite statement. Microsoft.Data.Sqlite runs a statement to its end on the
/// calling thread whatever the token says, so a request past its execution timeout would keep the database (and a
/// thread) busy. For every asynchronous reader, scalar and non-query execution this registers, on the command's
/// token, a call of <c>sqlite3_interrupt</c> on the connection's handle; the registration lasts until the command
/// returns, and for a reader until the reader is disposed, since its rows are computed while they are read. The
/// resulting <c>SQLITE_INTERRUPT</c> error becomes an <see cref="OperationCanceledException"/> on that token.
/// PostgreSQL needs none of this: Npgsql sends a cancel request to the server when the token fires.
/// </summary>
/// <remarks>
/// An interrupt that arrives after the statement finished does nothing to the connection's next user: SQLite clears
/// it when the next statement starts on an otherwise idle connection.
/// </remarks>
public sealed class SqliteInterruptInterceptor : DbCommandInterceptor
{
    // The armed readers, by command, until EF Core disposes them. One table for every request's statements: a
    // concurrent dictionary locks per bucket (a weak table took one lock for all, contended under load, and a GC
    // handle per entry). EF Core disposes every reader it was given, so no entry outlives its reader.
    private readonly ConcurrentDictionary<DbCommand, Interruption> _readers = new(ReferenceEqualityComparer.Instance);

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        if (result.HasResult || Interruption.Register(command, cancellationToken) is not { } interruption)
        {
            return result;
        }

        try
        {
            DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            _readers[command] = interruption;
            return InterceptionResult<DbDataReader>.SuppressWithResult(reader);
        }
        catch (SqliteException ex) when (IsInterruption(ex, cancellationToken))
        {
            interruption.Dispose();
            throw new OperationCanceledException(ex.Message, ex, cancellationToken);
        }
        catch
        {
            interruption.Dispose();
            throw;
        }
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<object> result,
        CancellationToken cancellationToken = default)
    {
        if (result.HasResult || Interruption.Register(command, cancellationToken) is not { } interruption)
        {
            return result;
        }

        using (interruption)
        {
            try
            {
                return InterceptionResult<object>.SuppressWithResult(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) ?? DBNull.Value);
            }
            catch (SqliteException ex) when (IsInterruption(ex, cancellationToken))
            {
                throw new OperationCanceledException(ex.Message, ex, cancellationToken);
            }
        }
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (result.HasResult || Interruption.Register(command, cancellationToken) is not { } interruption)
        {
            return result;
        }

        using (interruption)
        {
            try
            {
                return InterceptionResult<int>.SuppressWithResult(await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false));
            }
            catch (SqliteException ex) when (IsInterruption(ex, cancellationToken))
            {
                throw new OperationCanceledException(ex.Message, ex, cancellationToken);
            }
        }
    }

    // The reader's rows are read: the interrupt stays armed until EF disposes the reader.
    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        if (_readers.TryRemove(command, out Interruption? interruption))
        {
            interruption.Dispose();
        }

        return result;
    }

    /// <summary>True for the error a statement stopped by <c>sqlite3_interrupt</c> raises while the token is cancelled.</summary>
    public static bool IsInterruption(SqliteException exception, CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested && exception?.SqliteErrorCode == raw.SQLITE_INTERRUPT;

    /// <summary>One command's armed interrupt; disposing it waits for a callback already running.</summary>
    private sealed class Interruption(CancellationTokenRegistration registration) : IDisposable
    {
        public static Interruption? Register(DbCommand command, CancellationToken cancellationToken)
        {
            if (!cancellationToken.CanBeCanceled || command.Connection is not SqliteConnection { Handle: { } handle })
            {
                return null;
            }

            cancellationToken.ThrowIfCancellationRequested();
            return new Interruption(cancellationToken.Register(static h => Interrupt((sqlite3)h!), handle));
        }

        public void Dispose() => registration.Dispose();

        // Runs on the thread that cancels (a timer's): it must not throw, or the process would end.
        private static void Interrupt(sqlite3 handle)
        {
            try
            {
                raw.sqlite3_interrupt(handle);
            }
            catch (ObjectDisposedException)
            {
                // the connection closed in the meantime: nothing is running on it any more
            }
        }
    }
}
