using System.Data.Common;
using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CreativeGraph.Data.Statements;

/// <summary>
/// The rows of a reference field for every key of a batch:
/// <c>SELECT n."Id", n."Name", … FROM "Cities" AS n WHERE n."Id" IN (@k0, …)</c>, read straight into the projected
/// objects. Taken when the key is one column and the element is read whole or as plain columns.
/// </summary>
internal sealed class ReferenceStatement<TKey, TNode>
    where TKey : notnull
{
    private readonly DirectCommand _command;
    private readonly Func<DbDataReader, TKey> _key;
    private readonly Func<DbDataReader, TNode> _node;
    private readonly int _slots;

    private ReferenceStatement(DirectCommand command, Func<DbDataReader, TKey> key, Func<DbDataReader, TNode> node, int slots)
    {
        _command = command;
        _key = key;
        _node = node;
        _slots = slots;
    }

    public static ReferenceStatement<TKey, TNode>? For(IQueryable<TNode> source, object? owner, KeyShape<TKey> keyShape, ListRequest request, int keyCount)
    {
        if (keyCount > StatementShapes.MaxKeys || keyShape.Columns.Count != 1
            || !StatementShapes.TryTable(source, owner, out DbContext context, out TableMap nodes)
            || StatementShapes.Column(keyShape.Columns[0], keyShape.Parameter, nodes) is not { } key
            || StatementShapes.Columns(request.Node, request.X, nodes) is not { } columns)
        {
            return null;
        }

        int slots = StatementShapes.KeySlots(keyCount);
        return StatementShapes.Plan(context, $"reference|{typeof(TNode).FullName}|{typeof(TKey).FullName}|{key.Member.Name}|{StatementShapes.Names(columns)}|{slots}", () =>
        {
            List<(string Name, RelationalTypeMapping Mapping)> parameters = [];
            string keyList = StatementShapes.KeyList(context.GetService<ISqlGenerationHelper>(), slots, key.Mapping, parameters);
            // The key is read where the element selects it already, else as a first column of its own.
            int keyOrdinal = StatementShapes.IndexOf(columns, key);
            int first = keyOrdinal < 0 ? 1 : 0;
            string sql = $"""
                SELECT {string.Join(", ", (keyOrdinal < 0 ? [key, .. columns] : columns).Select(c => $"n.{c.Column}"))}
                FROM {nodes.Table} AS n
                WHERE n.{key.Column} IN ({keyList})
                """;
            return new ReferenceStatement<TKey, TNode>(
                DirectCommand.Build(context, sql, parameters),
                ColumnReaders.Compile<TKey>(r => ColumnReaders.Read(r, Math.Max(keyOrdinal, 0), key.Mapping, typeof(TKey))),
                ColumnReaders.Compile<TNode>(r => ColumnReaders.Object(r, typeof(TNode), columns, first)),
                slots);
        });
    }

    /// <summary>The row of each key that has one (as objects: the values a reference field's loader completes).</summary>
    public Task<Dictionary<TKey, object>> RowsAsync(DbContext context, IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        _command.ReadAsync(context, StatementShapes.KeyValues(keys, _slots, extra: 0), ReadAsync, cancellationToken);

    private async Task<Dictionary<TKey, object>> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        Dictionary<TKey, object> rows = [];
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.TryAdd(_key(reader), _node(reader)!);
        }

        return rows;
    }
}
