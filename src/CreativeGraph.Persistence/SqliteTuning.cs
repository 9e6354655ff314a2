using System.Buffers;
using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
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
/// Each connection also defines <c>lower_invariant(text)</c>, the Unicode case folding of the API's text filters
/// (SQLite's own <c>lower()</c> folds ASCII only).
/// </summary>
public static class SqliteTuning
{
    /// <summary>Bytes of the database file each connection may map (virtual address space; the pages are shared).</summary>
    public const long MmapSizeBytes = 1L << 30;

    /// <summary>Page cache of each connection, in KiB (SQLite's default is 2 000 KiB).</summary>
    public const int CacheSizeKiB = 16 * 1024;

    /// <summary>
    /// The case-folding function every connection defines: the text lowered with the invariant culture's rules, as
    /// .NET's <see cref="string.ToLowerInvariant"/> lowers a filter's value (the API's text filters call it by name).
    /// </summary>
    public const string LowerInvariantFunction = "lower_invariant";

    private const int StackLimit = 256;

    // Kept in a field: SQLite calls it through a native pointer for as long as the process runs.
    private static readonly delegate_function_scalar s_lowerInvariant = LowerInvariant;

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
            int status = raw.sqlite3_create_function(handle, LowerInvariantFunction, 1, raw.SQLITE_UTF8 | raw.SQLITE_DETERMINISTIC, null, s_lowerInvariant);
            SqliteException.ThrowExceptionForRC(status, handle);
            s_tuned.AddOrUpdate(handle, s_tuned);
        }
    }

    // lower_invariant(x): NULL stays NULL; ASCII text (most rows) is lowered byte by byte without a managed string.
    private static void LowerInvariant(sqlite3_context context, object userData, sqlite3_value[] arguments)
    {
        sqlite3_value value = arguments[0];
        if (raw.sqlite3_value_type(value) == raw.SQLITE_NULL)
        {
            raw.sqlite3_result_null(context);
            return;
        }

        utf8z text = raw.sqlite3_value_text(value);
        ReadOnlySpan<byte> utf8 = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.AsRef(in text.GetPinnableReference()), raw.sqlite3_value_bytes(value));
        // Letters beyond ASCII go through .NET's own lowering; an empty span would come back as NULL, so "" does too.
        if (utf8.IsEmpty || !Ascii.IsValid(utf8))
        {
            raw.sqlite3_result_text(context, Encoding.UTF8.GetString(utf8).ToLowerInvariant());
            return;
        }

        byte[]? rented = utf8.Length > StackLimit ? ArrayPool<byte>.Shared.Rent(utf8.Length) : null;
        Span<byte> lowered = rented ?? stackalloc byte[StackLimit];
        Ascii.ToLower(utf8, lowered, out int written);
        raw.sqlite3_result_text(context, lowered[..written]);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
