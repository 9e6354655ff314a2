using System.Data.Common;
using System.Linq.Expressions;
using CreativeGraph.Data.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CreativeGraph.Data.Statements;

/// <summary>
/// A lookup by one column: <c>db.Partners.Where(p =&gt; p.Slug == slug).Take(1)</c> as
/// <c>SELECT n."Id", … FROM "Partners" AS n WHERE n."Slug" = @value LIMIT @take</c>, the whole row read straight into
/// the entity. Taken for exactly that shape (an equality of one column with a captured value or a constant, an
/// optional <c>AsNoTracking</c> and <c>Take</c>); any other query runs through EF Core's LINQ.
/// </summary>
internal sealed class LookupStatement<T>
{
    private readonly DirectCommand _command;
    private readonly Func<DbDataReader, T> _row;

    private LookupStatement(DirectCommand command, Func<DbDataReader, T> row)
    {
        _command = command;
        _row = row;
    }

    /// <summary>The statement and its values (the looked-up value, the row limit), or null when the query is not a plain lookup.</summary>
    public static (LookupStatement<T> Statement, object?[] Values)? For(IQueryable<T> query, DbContext context)
    {
        if (query.Expression is not MethodCallExpression { Method.Name: nameof(Queryable.Take), Arguments: [var inner, ConstantExpression { Value: int take }] } limit
            || limit.Method.DeclaringType != typeof(Queryable)
            || StatementShapes.WithoutTracking(inner) is not MethodCallExpression { Method.Name: nameof(Queryable.Where), Arguments: [var root, UnaryExpression { Operand: LambdaExpression predicate }] } where
            || where.Method.DeclaringType != typeof(Queryable)
            || predicate.Body is not BinaryExpression { NodeType: ExpressionType.Equal, Left: var left, Right: var right }
            || !TryValue(right, out object? value) || value is null
            || !StatementShapes.TryTable(root, typeof(T), context, out DbContext db, out TableMap table)
            || StatementShapes.Column(left, predicate.Parameters[0], table) is not { } column
            || typeof(T).GetConstructor(Type.EmptyTypes) is null)
        {
            return null;
        }

        LookupStatement<T>? statement = StatementShapes.Plan(db, $"lookup|{typeof(T).FullName}|{column.Member.Name}", () =>
        {
            ISqlGenerationHelper helper = db.GetService<ISqlGenerationHelper>();
            string sql = $"""
                SELECT {string.Join(", ", table.Scalars.Select(c => $"n.{c.Column}"))}
                FROM {table.Table} AS n
                WHERE n.{column.Column} = {helper.GenerateParameterNamePlaceholder("value")}
                LIMIT {helper.GenerateParameterNamePlaceholder("take")}
                """;
            return new LookupStatement<T>(
                DirectCommand.Build(db, sql, [("value", column.Mapping), ("take", db.GetService<IRelationalTypeMappingSource>().FindMapping(typeof(int))!)]),
                ColumnReaders.Compile<T>(r => ColumnReaders.Object(r, typeof(T), table.Scalars, 0)));
        });
        return statement is null ? null : (statement, [value, take]);
    }

    public Task<List<T>> RowsAsync(DbContext context, object?[] values, CancellationToken cancellationToken) =>
        _command.ReadRowsAsync(context, values, _row, cancellationToken);

    /// <summary>A constant, or a variable the predicate captured.</summary>
    private static bool TryValue(Expression expression, out object? value)
    {
        if (expression is ConstantExpression constant)
        {
            value = constant.Value;
            return true;
        }

        return CapturedValue.TryRead(expression, out value);
    }
}
