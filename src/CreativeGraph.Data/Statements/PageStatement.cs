using System.Data.Common;
using CreativeGraph.Data.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CreativeGraph.Data.Statements;

/// <summary>
/// The first page of a root list: <c>SELECT n."Acronym", …, n."Title" AS s0, n."Id" AS s1 FROM "Projects" AS n
/// ORDER BY n."Title", n."Id" LIMIT @take</c>, read straight into the projected rows with their sort-key values.
/// Taken when the request has no <c>where</c> and no cursor and its element and sort keys are plain columns.
/// </summary>
internal sealed class PageStatement<TNode>
{
    private readonly DirectCommand _command;
    private readonly Func<DbDataReader, KeyedRow<TNode>> _row;

    private PageStatement(DirectCommand command, Func<DbDataReader, KeyedRow<TNode>> row)
    {
        _command = command;
        _row = row;
    }

    public static PageStatement<TNode>? For(IQueryable<TNode> source, object? owner, ListRequest request)
    {
        if (request.Filter is not null || request.After is not null || request.Before is not null
            || !StatementShapes.TryTable(source, owner, out DbContext context, out TableMap nodes)
            || StatementShapes.Columns(request.Node, request.X, nodes) is not { } columns
            || StatementShapes.SortColumns(request.Keys, request.X, nodes) is not { } sort)
        {
            return null;
        }

        bool reverse = request.Backward;
        return StatementShapes.Plan(context, $"page|{typeof(TNode).FullName}|{StatementShapes.Names(columns)}|{StatementShapes.Names(sort, reverse)}", () =>
        {
            ISqlGenerationHelper helper = context.GetService<ISqlGenerationHelper>();
            (int[] ordinals, List<ColumnMap> extra) = StatementShapes.SortOrdinals(columns, sort, first: 0);
            string sql = $"""
                SELECT {string.Join(", ", columns.Concat(extra).Select(c => $"n.{c.Column}"))}
                FROM {nodes.Table} AS n
                ORDER BY {StatementShapes.OrderBy("n", sort, reverse)}
                LIMIT {helper.GenerateParameterNamePlaceholder("take")}
                """;
            return new PageStatement<TNode>(
                DirectCommand.Build(context, sql, [("take", context.GetService<IRelationalTypeMappingSource>().FindMapping(typeof(int))!)]),
                ColumnReaders.Compile<KeyedRow<TNode>>(r =>
                    Pager.Row<TNode>(ColumnReaders.Object(r, typeof(TNode), columns, 0), ColumnReaders.Values(r, sort, ordinals))));
        });
    }

    public Task<List<KeyedRow<TNode>>> RowsAsync(DbContext context, int take, CancellationToken cancellationToken) =>
        _command.ReadRowsAsync(context, [take], _row, cancellationToken);
}
