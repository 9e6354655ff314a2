using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CreativeGraph.Persistence.Synthetic;

/// <summary>
/// Inserts entities with multi-row <c>INSERT … VALUES (…), (…)</c> statements built from the EF model: table and
/// column names, value converters (enums stored as text) and parameter types all come from the context's
/// metadata, so the rows are exactly what <c>SaveChanges</c> would write, without change tracking. Keys are
/// written explicitly, shifted by <see cref="KeyMap"/>.
/// </summary>
internal sealed class BulkInserter(KnowledgeGraphDbContext db, DbTransaction transaction, KeyMap keys)
{
    private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();

    // SQLite finds each parameter by name with a linear scan, so statements stay small there (and are reused);
    // PostgreSQL gains from fewer round trips and takes up to 65 535 parameters.
    private readonly int _maxParameters = db.Database.IsNpgsql() ? 20_000 : 240;

    public Task<int> InsertAsync<T>(IReadOnlyList<T> rows, Func<T, bool>? include, CancellationToken cancellationToken)
        where T : class =>
        InsertAsync(typeof(T), rows, include is null ? null : row => include((T)row), cancellationToken);

    /// <summary>Inserts <paramref name="rows"/>, entities of <paramref name="type"/>, except those <paramref name="include"/> refuses.</summary>
    public async Task<int> InsertAsync(Type type, IEnumerable<object> rows, Func<object, bool>? include, CancellationToken cancellationToken)
    {
        IEntityType entityType = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
        Column[] columns = [.. entityType.GetProperties().Select(p => new Column(p, p.GetRelationalTypeMapping(), PrincipalOf(p)))];
        int perStatement = Math.Max(1, _maxParameters / columns.Length);
        string table = _sql.DelimitIdentifier(entityType.GetTableName()!, entityType.GetSchema());

        var batch = new List<object>(perStatement);
        DbCommand? full = null;
        int written = 0;
        try
        {
            foreach (object row in rows)
            {
                if (include is not null && !include(row))
                {
                    continue;
                }

                batch.Add(row);
                if (batch.Count == perStatement)
                {
                    if (full is null)
                    {
                        full = CreateCommand(table, columns, batch);
                        await full.PrepareAsync(cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        SetValues(full, columns, batch);
                    }

                    written += await full.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                DbCommand last = CreateCommand(table, columns, batch);
                await using (last.ConfigureAwait(false))
                {
                    written += await last.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync().ConfigureAwait(false);
            }
        }

        return written;
    }

    /// <summary><c>INSERT INTO t (…) VALUES (@p0, …), (…)</c> for the rows, with parameters typed by the model's mappings.</summary>
    private DbCommand CreateCommand(string table, Column[] columns, List<object> batch)
    {
        DbCommand command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var text = new StringBuilder("INSERT INTO ").Append(table).Append(" (")
            .AppendJoin(", ", columns.Select(c => _sql.DelimitIdentifier(c.Property.GetColumnName()))).Append(") VALUES ");
        int n = 0;
        for (int r = 0; r < batch.Count; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (int c = 0; c < columns.Length; c++)
            {
                string name = "p" + n++.ToString(CultureInfo.InvariantCulture);
                text.Append(c == 0 ? "" : ", ").Append(_sql.GenerateParameterNamePlaceholder(name));
                command.Parameters.Add(columns[c].Mapping.CreateParameter(
                    command, _sql.GenerateParameterName(name), Value(columns[c], batch[r]), columns[c].Property.IsNullable));
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        return command;
    }

    /// <summary>Reuses a prepared command: the same parameters, the next rows' values (converted as the mapping would).</summary>
    private void SetValues(DbCommand command, Column[] columns, List<object> batch)
    {
        int n = 0;
        for (int r = 0; r < batch.Count; r++)
        {
            for (int c = 0; c < columns.Length; c++)
            {
                object? value = Value(columns[c], batch[r]);
                if (value is not null && columns[c].Mapping.Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                command.Parameters[n++].Value = value ?? DBNull.Value;
            }
        }
    }

    private object? Value(Column column, object row)
    {
        object? value = column.Property.GetGetter().GetClrValue(row);
        return value is int key && (column.Property.IsPrimaryKey() || column.Principal is not null)
            ? keys.Map(column.Principal ?? column.Property.DeclaringType.ClrType, key)
            : value;
    }

    private static Type? PrincipalOf(IProperty property) =>
        property.GetContainingForeignKeys().FirstOrDefault()?.PrincipalEntityType.ClrType;

    private sealed record Column(IProperty Property, RelationalTypeMapping Mapping, Type? Principal);
}
