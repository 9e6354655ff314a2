using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CreativeGraph.Persistence.Resilience;

/// <summary>
/// Tells a failure of the database's availability (worth a retry, and reported to clients as "try again") from a
/// failure of the statement itself (a bug, a constraint). Looks through wrapping exceptions: EF Core and Npgsql
/// wrap the provider's error once or twice.
/// </summary>
public static class TransientDatabaseFailure
{
    // SQLite's primary result codes (https://www.sqlite.org/rescode.html).
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteIoError = 10;
    private const int SqliteCantOpen = 14;

    // SQLITE_READONLY_DBMOVED: the file was renamed or deleted under an open connection.
    private const int SqliteReadonlyDbMoved = 1032;

    /// <summary>True when <paramref name="exception"/>, or an exception it wraps, says the database could not be reached or was busy.</summary>
    public static bool IsTransient(Exception? exception)
    {
        for (int depth = 0; exception is not null && depth < 8; depth++)
        {
            switch (exception)
            {
                case NpgsqlException npgsql when npgsql.IsTransient:
                case SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked or SqliteIoError or SqliteCantOpen }:
                case SqliteException { SqliteExtendedErrorCode: SqliteReadonlyDbMoved }:
                case TimeoutException:
                case SocketException:
                case RetryLimitExceededException:
                    return true;
                case AggregateException { InnerExceptions.Count: 1 } aggregate:
                    exception = aggregate.InnerExceptions[0];
                    continue;
            }

            exception = exception.InnerException;
        }

        return false;
    }
}
