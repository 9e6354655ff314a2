using System.Data.Common;
using System.Linq.Expressions;
using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CreativeGraph.Data.Statements;

/// <summary>
/// The first rows of a nested list for every parent of a batch, as the plain window statement a hand-written
/// batched resolver runs:
/// <code>
/// SELECT w.k, w.c0, …, w.s0, … FROM (
///     SELECT l."ProjectId" AS k, n."Name" AS c0, …, n."Name" AS s0, …,
///            ROW_NUMBER() OVER (PARTITION BY l."ProjectId" ORDER BY n."Name", n."Id") AS rn
///     FROM "Participations" AS l INNER JOIN "Partners" AS n ON n."Id" = l."PartnerId"
///     WHERE l."ProjectId" IN (@k0, @k1, …)) AS w
/// WHERE w.rn &lt;= @take ORDER BY w.k, w.rn
/// </code>
/// EF Core's translation of the same <c>GroupBy</c> wraps it in a <c>GROUP BY</c> of the keys and a <c>LEFT JOIN</c>
/// (the key list twice), which SQLite runs about half as fast. Taken when the request has no <c>where</c> and no
/// cursor, its element and sort keys are plain columns, and the node is the link itself or reached by a required
/// to-one navigation on a single-column foreign key; otherwise <see cref="Loading.NestedQuery{TLink, TNode, TKey}"/>
/// runs its LINQ.
/// </summary>
internal sealed class NestedWindowStatement<TKey, TNode>
    where TKey : notnull
{
    private readonly DirectCommand _command;
    private readonly Func<DbDataReader, TKey> _key;
    private readonly Func<DbDataReader, KeyedRow<TNode>> _row;
    private readonly int _slots;

    private NestedWindowStatement(DirectCommand command, Func<DbDataReader, TKey> key, Func<DbDataReader, KeyedRow<TNode>> row, int slots)
    {
        _command = command;
        _key = key;
        _row = row;
        _slots = slots;
    }

    /// <summary>The statement for this request's shape, or null when it is not the plain case.</summary>
    public static NestedWindowStatement<TKey, TNode>? For<TLink>(
        IQueryable<TLink> source, object? owner, KeyShape<TKey> linkKey, Expression node, ParameterExpression l, ListRequest request, int keyCount)
    {
        if (request.Filter is not null || request.After is not null || request.Before is not null || keyCount > StatementShapes.MaxKeys
            || linkKey.Columns.Count != 1
            || !StatementShapes.TryTable(source, owner, out DbContext context, out TableMap links)
            || StatementShapes.Column(linkKey.Columns[0], linkKey.Parameter, links) is not { } key
            || Join(context, links, node, l) is not (TableMap nodes, string join)
            || StatementShapes.Columns(request.Node, request.X, nodes) is not { } columns
            || StatementShapes.SortColumns(request.Keys, request.X, nodes) is not { } sort)
        {
            return null;
        }

        int slots = StatementShapes.KeySlots(keyCount);
        string plan = $"window|{typeof(TLink).FullName}|{typeof(TNode).FullName}|{typeof(TKey).FullName}|{key.Member.Name}|{join}|{StatementShapes.Names(columns)}|{StatementShapes.Names(sort, request.Backward)}|{slots}";
        return StatementShapes.Plan(context, plan, () => Build(context, links, key, nodes, join, columns, sort, request.Backward, slots));
    }

    public Task<Dictionary<TKey, List<KeyedRow<TNode>>>> PagesAsync(DbContext context, IReadOnlyList<TKey> keys, int take, CancellationToken cancellationToken)
    {
        object?[] values = StatementShapes.KeyValues(keys, _slots, extra: 1);
        values[_slots] = take;
        return _command.ReadAsync(context, values, ReadAsync, cancellationToken);
    }

    private async Task<Dictionary<TKey, List<KeyedRow<TNode>>>> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        Dictionary<TKey, List<KeyedRow<TNode>>> pages = [];
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            TKey key = _key(reader);
            if (!pages.TryGetValue(key, out List<KeyedRow<TNode>>? rows))
            {
                pages[key] = rows = [];
            }

            rows.Add(_row(reader));
        }

        return pages;
    }

    /// <summary>
    /// The node's table and the join that reaches it from the link (empty when the node is the link), or null.
    /// </summary>
    private static (TableMap Nodes, string Join)? Join(DbContext context, TableMap links, Expression node, ParameterExpression l)
    {
        if (node == l)
        {
            return (links, string.Empty);
        }

        if (node is not MemberExpression { Member: var member } access || access.Expression != l
            || links.EntityType.FindNavigation(member) is not { IsCollection: false, IsOnDependent: true, ForeignKey: { IsRequired: true, Properties.Count: 1 } foreignKey }
            || StatementShapes.Table(context, node.Type) is not { } nodes
            || links.Column(foreignKey.Properties[0].PropertyInfo!) is not { } dependent
            || nodes.Column(foreignKey.PrincipalKey.Properties[0].PropertyInfo!) is not { } principal)
        {
            return null;
        }

        return (nodes, $"INNER JOIN {nodes.Table} AS n ON n.{principal.Column} = l.{dependent.Column}");
    }

    private static NestedWindowStatement<TKey, TNode> Build(
        DbContext context, TableMap links, ColumnMap key, TableMap nodes, string join, IReadOnlyList<ColumnMap> columns, IReadOnlyList<SortColumn> sort, bool reverse, int slots)
    {
        ISqlGenerationHelper helper = context.GetService<ISqlGenerationHelper>();
        List<(string Name, RelationalTypeMapping Mapping)> parameters = [];
        string keyList = StatementShapes.KeyList(helper, slots, key.Mapping, parameters);
        parameters.Add(("take", context.GetService<IRelationalTypeMappingSource>().FindMapping(typeof(int))!));
        string node = join.Length == 0 ? "l" : "n";
        (int[] ordinals, List<ColumnMap> extra) = StatementShapes.SortOrdinals(columns, sort, first: 1);
        ColumnMap[] read = [.. columns, .. extra];
        string inner = string.Join(", ", [
            $"l.{key.Column} AS k",
            .. read.Select((c, i) => $"{node}.{c.Column} AS c{i}"),
            $"ROW_NUMBER() OVER (PARTITION BY l.{key.Column} ORDER BY {StatementShapes.OrderBy(node, sort, reverse)}) AS rn",
        ]);
        string outer = string.Join(", ", ["w.k", .. read.Select((_, i) => $"w.c{i}")]);
        string sql = $"""
            SELECT {outer}
            FROM (
                SELECT {inner}
                FROM {links.Table} AS l{(join.Length == 0 ? string.Empty : " " + join)}
                WHERE l.{key.Column} IN ({keyList})
            ) AS w
            WHERE w.rn <= {helper.GenerateParameterNamePlaceholder("take")}
            ORDER BY w.k, w.rn
            """;

        Func<DbDataReader, TKey> readKey = ColumnReaders.Compile<TKey>(r => ColumnReaders.Read(r, 0, key.Mapping, typeof(TKey)));
        Func<DbDataReader, KeyedRow<TNode>> readRow = ColumnReaders.Compile<KeyedRow<TNode>>(r =>
            Pager.Row<TNode>(ColumnReaders.Object(r, typeof(TNode), columns, 1), ColumnReaders.Values(r, sort, ordinals)));
        return new NestedWindowStatement<TKey, TNode>(DirectCommand.Build(context, sql, parameters), readKey, readRow, slots);
    }
}
