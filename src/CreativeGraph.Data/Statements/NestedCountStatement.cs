using System.Data.Common;
using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CreativeGraph.Data.Statements;

/// <summary>
/// <c>totalCount</c> of a nested list for every parent of a batch:
/// <c>SELECT l."ProjectId", COUNT(*) FROM "Participations" AS l WHERE l."ProjectId" IN (@k0, …) GROUP BY l."ProjectId"</c>.
/// Taken when the request has no <c>where</c> (the count is then of the links alone) and the link key is one column.
/// </summary>
internal sealed class NestedCountStatement<TKey>
    where TKey : notnull
{
    private readonly DirectCommand _command;
    private readonly Func<DbDataReader, TKey> _key;
    private readonly int _slots;

    private NestedCountStatement(DirectCommand command, Func<DbDataReader, TKey> key, int slots)
    {
        _command = command;
        _key = key;
        _slots = slots;
    }

    public static NestedCountStatement<TKey>? For<TLink>(IQueryable<TLink> source, object? owner, KeyShape<TKey> linkKey, ListRequest request, int keyCount)
    {
        if (request.Filter is not null || keyCount > StatementShapes.MaxKeys || linkKey.Columns.Count != 1
            || !StatementShapes.TryTable(source, owner, out DbContext context, out TableMap links)
            || StatementShapes.Column(linkKey.Columns[0], linkKey.Parameter, links) is not { } key)
        {
            return null;
        }

        int slots = StatementShapes.KeySlots(keyCount);
        return StatementShapes.Plan(context, $"count|{typeof(TLink).FullName}|{typeof(TKey).FullName}|{key.Member.Name}|{slots}", () =>
        {
            List<(string Name, RelationalTypeMapping Mapping)> parameters = [];
            string keyList = StatementShapes.KeyList(context.GetService<ISqlGenerationHelper>(), slots, key.Mapping, parameters);
            string sql = $"""
                SELECT l.{key.Column}, COUNT(*)
                FROM {links.Table} AS l
                WHERE l.{key.Column} IN ({keyList})
                GROUP BY l.{key.Column}
                """;
            return new NestedCountStatement<TKey>(
                DirectCommand.Build(context, sql, parameters),
                ColumnReaders.Compile<TKey>(r => ColumnReaders.Read(r, 0, key.Mapping, typeof(TKey))),
                slots);
        });
    }

    public Task<Dictionary<TKey, int>> CountsAsync(DbContext context, IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        _command.ReadAsync(context, StatementShapes.KeyValues(keys, _slots, extra: 0), ReadAsync, cancellationToken);

    private async Task<Dictionary<TKey, int>> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        Dictionary<TKey, int> counts = [];
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            counts[_key(reader)] = Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }
}
