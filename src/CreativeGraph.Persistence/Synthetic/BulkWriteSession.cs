using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CreativeGraph.Persistence.Synthetic;

/// <summary>
/// The frame of a large write (<see cref="BulkInserter"/>): one open connection and one transaction around the
/// work, which commits when it wants its rows kept. On SQLite the connection gets a page cache that holds the
/// index pages the write touches (rows land all over the unique indexes), so pages are not spilled to the journal
/// mid-transaction (the default cache is 2 MB); only this connection is affected.
/// </summary>
internal static class BulkWriteSession
{
    public static async Task<T> RunAsync<T>(
        KnowledgeGraphDbContext db,
        Func<IDbContextTransaction, Task<T>> work,
        CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144", cancellationToken).ConfigureAwait(false);
            }

            IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                return await work(transaction).ConfigureAwait(false);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }
}
