using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;

namespace CreativeGraph.Data.Statements;

/// <summary>
/// Reading a result row straight into the objects resolvers see, the way EF Core's own shapers do: the provider's
/// reader method for the column's type mapping (<c>GetInt32</c>, <c>GetString</c>, <c>GetFieldValue&lt;DateOnly&gt;</c>…),
/// then the mapping's value converter (an enum stored as text), with <c>IsDBNull</c> first where a null can come.
/// Compiled once per statement shape, so a request pays for the reads and the objects and nothing else.
/// </summary>
internal static class ColumnReaders
{
    private static readonly MethodInfo s_isDbNull = typeof(DbDataReader).GetMethod(nameof(DbDataReader.IsDBNull), [typeof(int)])!;

    /// <summary>The value of column <paramref name="ordinal"/> as <paramref name="target"/>.</summary>
    public static Expression Read(ParameterExpression reader, int ordinal, RelationalTypeMapping mapping, Type target)
    {
        MethodInfo get = mapping.GetDataReaderMethod();
        Expression value = Expression.Call(get.DeclaringType == reader.Type ? reader : Expression.Convert(reader, get.DeclaringType!), get, Expression.Constant(ordinal));
        value = mapping.CustomizeDataReaderExpression(value);
        if (mapping.Converter is { } converter)
        {
            LambdaExpression fromProvider = converter.ConvertFromProviderExpression;
            value = ReplacingExpressionVisitor.Replace(fromProvider.Parameters[0], Convert(value, fromProvider.Parameters[0].Type), fromProvider.Body);
        }

        value = Convert(Convert(value, Nullable.GetUnderlyingType(target) ?? target), target);
        return target.IsValueType && Nullable.GetUnderlyingType(target) is null
            ? value
            : Expression.Condition(Expression.Call(reader, s_isDbNull, Expression.Constant(ordinal)), Expression.Default(target), value);
    }

    /// <summary><c>new T { M1 = read(first), M2 = read(first + 1), … }</c> for <paramref name="columns"/> in order.</summary>
    public static Expression Object(ParameterExpression reader, Type type, IReadOnlyList<ColumnMap> columns, int first) =>
        Expression.MemberInit(
            Expression.New(type),
            columns.Select((c, i) => Expression.Bind(c.Member, Read(reader, first + i, c.Mapping, c.Member.PropertyType))));

    /// <summary><c>new object?[] { (object?)read(ordinal0), … }</c>: sort-key values, boxed as the cursors take them.</summary>
    public static Expression Values(ParameterExpression reader, IReadOnlyList<SortColumn> keys, IReadOnlyList<int> ordinals) =>
        Expression.NewArrayInit(typeof(object), keys.Select((k, i) => Expression.Convert(Read(reader, ordinals[i], k.Column.Mapping, k.Type), typeof(object))));

    public static Func<DbDataReader, T> Compile<T>(Func<ParameterExpression, Expression> body)
    {
        ParameterExpression reader = Expression.Parameter(typeof(DbDataReader), "reader");
        return Expression.Lambda<Func<DbDataReader, T>>(Convert(body(reader), typeof(T)), reader).Compile();
    }

    private static Expression Convert(Expression value, Type type) => value.Type == type ? value : Expression.Convert(value, type);
}
