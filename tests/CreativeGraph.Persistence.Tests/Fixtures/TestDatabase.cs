using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CreativeGraph.Persistence.Tests.Fixtures;

/// <summary>One throw-away database of a provider.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract KnowledgeGraphDbContext CreateContext();

    public abstract ValueTask DisposeAsync();

    /// <summary>
    /// A digest of everything stored: every row of every table, read in key order. Providers may add more
    /// (SQLite adds the database file's bytes).
    /// </summary>
    public virtual async Task<string> FingerprintAsync()
    {
        await using KnowledgeGraphDbContext db = CreateContext();
        var text = new StringBuilder();
        System.Data.Common.DbConnection connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (IEntityType entityType in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null).OrderBy(e => e.GetTableName(), StringComparer.Ordinal))
        {
            await using System.Data.Common.DbCommand command = connection.CreateCommand();
            string key = string.Join(", ", entityType.FindPrimaryKey()!.Properties.Select(p => $"\"{p.GetColumnName()}\""));
            command.CommandText = $"SELECT * FROM \"{entityType.GetTableName()}\" ORDER BY {key}";
            await using System.Data.Common.DbDataReader reader = await command.ExecuteReaderAsync();
            text.Append('#').Append(entityType.GetTableName()).Append('\n');
            while (await reader.ReadAsync())
            {
                for (int i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }

                text.Append('\n');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
