using System.Linq.Expressions;

namespace CreativeGraph.Data.Expressions;

/// <summary>Ordering comparisons (&lt;, &gt;, …) for every sortable CLR type, in shapes EF Core translates.</summary>
internal static class Comparisons
{
    private static readonly System.Reflection.MethodInfo s_stringCompare =
        typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static Expression Compare(ExpressionType kind, Expression left, Expression right)
    {
        Type type = Nullable.GetUnderlyingType(left.Type) ?? left.Type;
        if (type == typeof(string))
        {
            // string.Compare(a, b) > 0  →  SQL: a > b
            return Expression.MakeBinary(kind, Expression.Call(s_stringCompare, left, right), Expression.Constant(0));
        }

        if (type.IsEnum)
        {
            Type number = Enum.GetUnderlyingType(type);
            Type target = left.Type == type ? number : typeof(Nullable<>).MakeGenericType(number);
            return Expression.MakeBinary(kind, Expression.Convert(left, target), Expression.Convert(right, target));
        }

        if (type == typeof(bool) || type == typeof(Guid))
        {
            Expression l = Expression.Convert(left, type);
            Expression r = Expression.Convert(right, type);
            return Expression.MakeBinary(kind, Expression.Call(l, type.GetMethod(nameof(IComparable<int>.CompareTo), [type])!, r), Expression.Constant(0));
        }

        return Expression.MakeBinary(kind, left, right);
    }

    public static Expression IsNull(Expression value) => Expression.Equal(value, Expression.Constant(null, value.Type));

    public static Expression IsNotNull(Expression value) => Expression.NotEqual(value, Expression.Constant(null, value.Type));

    /// <summary>All of <paramref name="parts"/>; true when there are none.</summary>
    public static Expression All(IEnumerable<Expression> parts) => parts.Aggregate((Expression?)null, (a, b) => a is null ? b : Expression.AndAlso(a, b)) ?? Expression.Constant(true);

    /// <summary>Any of <paramref name="parts"/>; false when there are none.</summary>
    public static Expression Any(IEnumerable<Expression> parts) => parts.Aggregate((Expression?)null, (a, b) => a is null ? b : Expression.OrElse(a, b)) ?? Expression.Constant(false);
}
