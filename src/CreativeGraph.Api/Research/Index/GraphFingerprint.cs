using System.Data.Common;
using System.Globalization;
using System.Text;
using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CreativeGraph.Api.Research.Index;

/// <summary>
/// A cheap digest of everything the adjacency index holds, in one SQL statement: per node or edge table of the
/// <see cref="TraversalCatalog"/> its row
/// count, its largest key, and a weighted sum of its foreign keys (<c>Σ (id mod p) · (fk mod p + 1)</c>), so an
/// added, removed or re-pointed row changes it. Names, dates and roles are not in the index (they are read live),
/// so changing them needs no rebuild. On the 100 000-partner graph in SQLite it takes about 90 ms.
/// </summary>
internal static class GraphFingerprint
{
    public static async Task<string> ComputeAsync(KnowledgeGraphDbContext db, CancellationToken cancellationToken, TraversalCatalog? catalog = null)
    {
        catalog ??= TraversalCatalog.Default;
        TraversalTable[] tables = [.. catalog.NodeTables.Concat(catalog.EdgeTables).Distinct()];
        ISqlGenerationHelper sql = db.GetService<ISqlGenerationHelper>();
        bool sqlite = db.Database.IsSqlite();
        var text = new StringBuilder();
        for (int t = 0; t < tables.Length; t++)
        {
            IEntityType entity = db.Model.FindEntityType(tables[t].Stored.ClrType)!;
            string id = sql.DelimitIdentifier(entity.FindPrimaryKey()!.Properties[0].GetColumnName());
            IEnumerable<string> values = entity.GetForeignKeys().SelectMany(fk => fk.Properties)
                .Select(p => sql.DelimitIdentifier(p.GetColumnName()))
                // The columns that say when a fact is active: the index holds their spans, so they count too.
                .Concat(tables[t].DatedColumns.Select(name => Number(entity.FindProperty(name)!, sql, sqlite)));
            string sum = string.Join(" + ", values.Select(v =>
                $"(CAST({id} AS BIGINT) % 65521) * ((CAST(COALESCE({v}, 0) AS BIGINT) % 65521) + 1)"));
            text.Append(text.Length == 0 ? "" : " UNION ALL ")
                .Append(CultureInfo.InvariantCulture, $"SELECT {t}, COUNT(*), COALESCE(MAX({id}), 0), ")
                .Append(sum.Length == 0 ? "0" : $"COALESCE(SUM({sum}), 0)")
                .Append(" FROM ").Append(sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema()));
        }

        // Opened through EF Core, so the connection interceptors (tuning, the SQLite file watch) see it.
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        DbConnection connection = db.Database.GetDbConnection();
        try
        {
            DbCommand command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = text.Append(" ORDER BY 1").ToString();
                var digest = new StringBuilder();
                DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        for (int i = 1; i < reader.FieldCount; i++)
                        {
                            digest.Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append(i == reader.FieldCount - 1 ? ';' : ',');
                        }
                    }
                }

                return digest.ToString();
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>A column as a number: a date as its day count (provider-specific), text as its length, numbers as they are.</summary>
    private static string Number(IProperty property, ISqlGenerationHelper sql, bool sqlite)
    {
        string column = sql.DelimitIdentifier(property.GetColumnName());
        Type type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        return type == typeof(DateOnly) ? (sqlite ? $"julianday({column})" : $"({column} - DATE '2000-01-01')")
            : type.IsEnum ? $"LENGTH({column})"
            : column;
    }
}
