using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace CreativeGraph.Persistence;

/// <summary>
/// How the embedded SQLite runs under a server's concurrent reads, measured on the generated 100 000-partner graph:
/// <list type="bullet">
/// <item>Memory statistics off for the process (<c>SQLITE_CONFIG_MEMSTATUS</c>). With them on, every allocation of
/// every connection takes one global mutex, so two threads reading at once were slower than one.</item>
/// <item>Per connection, reads through a memory map (<c>PRAGMA mmap_size</c>) and a larger page cache
/// (<c>PRAGMA cache_size</c>): pages come from the OS page cache without a <c>read()</c> and a copy per page, which was
/// most of the system time of a scan.</item>
/// </list>
/// </summary>
public static class SqliteTuning
{
    /// <summary>Bytes of the database file each connection may map (virtual address space; the pages are shared).</summary>
    public const long MmapSizeBytes = 1L << 30;

    /// <summary>Page cache of each connection, in KiB (SQLite's default is 2 000 KiB).</summary>
    public const int CacheSizeKiB = 16 * 1024;

    private static int s_configured;

    /// <summary>
    /// Sets the process-wide options; must run before the first connection opens (SQLite refuses them once it is
    /// initialised, which then leaves its defaults in place: correct, only slower). Idempotent.
    /// </summary>
    public static void ConfigureProcess()
    {
        if (Interlocked.Exchange(ref s_configured, 1) == 1)
        {
            return;
        }

        Batteries_V2.Init();
        _ = raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }

    /// <summary>The per-connection pragmas, run once per native connection (pooled connections keep them).</summary>
    public sealed class ConnectionInterceptor : DbConnectionInterceptor
    {
        private static readonly ConditionalWeakTable<sqlite3, object> s_tuned = [];

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Tune(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Tune(connection);
            return Task.CompletedTask;
        }

        private static void Tune(DbConnection connection)
        {
            if (connection is not SqliteConnection { Handle: { } handle } sqlite || s_tuned.TryGetValue(handle, out _))
            {
                return;
            }

            using SqliteCommand command = sqlite.CreateCommand();
            command.CommandText = $"PRAGMA mmap_size = {MmapSizeBytes}; PRAGMA cache_size = -{CacheSizeKiB};";
            command.ExecuteNonQuery();
            s_tuned.AddOrUpdate(handle, s_tuned);
        }
    }
}
