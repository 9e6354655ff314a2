using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CreativeGraph.Persistence.Synthetic;

/// <summary>
/// The tables whose rows the bulk writers number themselves: every table of the model with an identity key
/// <c>Id</c>, read from the model, so a new entity type's table is among them without being named here.
/// </summary>
internal static class IdentityKeys
{
    /// <summary>
    /// Tables with an identity key only: the keyless entity types that read substring indexes map no table, and
    /// persisted queries are keyed by their hash.
    /// </summary>
    public static IEnumerable<IEntityType> Tables(KnowledgeGraphDbContext db) =>
        db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.FindPrimaryKey()?.Properties is [{ Name: "Id" }]);

    /// <summary>The largest key stored in each such table (0 for an empty one), by the table's CLR type.</summary>
    public static async Task<Dictionary<Type, int>> LargestAsync(KnowledgeGraphDbContext db, CancellationToken cancellationToken)
    {
        ISqlGenerationHelper sql = db.GetService<ISqlGenerationHelper>();
        var largest = new Dictionary<Type, int>();
        foreach (IEntityType entityType in Tables(db))
        {
            string table = sql.DelimitIdentifier(entityType.GetTableName()!, entityType.GetSchema());

            // SQL: SELECT MAX("Id") AS "Value" FROM "Partners"
#pragma warning disable EF1003 // The table name comes from the model, not from input.
            List<int?> max = await db.Database.SqlQueryRaw<int?>("SELECT MAX(" + sql.DelimitIdentifier("Id") + ") AS " + sql.DelimitIdentifier("Value") + " FROM " + table)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
#pragma warning restore EF1003
            largest[entityType.ClrType] = max[0] ?? 0;
        }

        return largest;
    }

    /// <summary>PostgreSQL identity columns do not follow explicit keys: move each sequence past the largest key.</summary>
    public static async Task ResetAsync(KnowledgeGraphDbContext db, CancellationToken cancellationToken)
    {
        foreach (IEntityType entityType in Tables(db))
        {
            string table = entityType.GetTableName()!;
#pragma warning disable EF1002 // The table name comes from the model, not from input.
            await db.Database.ExecuteSqlRawAsync(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), COALESCE((SELECT MAX(\"Id\") FROM \"{table}\"), 0) + 1, false)",
                cancellationToken).ConfigureAwait(false);
#pragma warning restore EF1002
        }
    }
}
