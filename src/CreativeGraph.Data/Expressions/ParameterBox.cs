using System.Linq.Expressions;

namespace CreativeGraph.Data.Expressions;

/// <summary>
/// A user value wrapped in a holder, so EF Core's funcletizer sees a captured variable and emits a SQL
/// parameter (<c>@p</c>) instead of inlining a literal (a bare <c>Expression.Constant(value)</c> would).
/// </summary>
internal static class ParameterBox
{
    /// <summary>An expression of type <paramref name="type"/> reading <paramref name="value"/> from a holder.</summary>
    public static Expression Create(object? value, Type type)
    {
        Type boxType = typeof(Boxed<>).MakeGenericType(type);
        object box = Activator.CreateInstance(boxType, value)!;
        return Expression.Property(Expression.Constant(box), nameof(Boxed<object>.Value));
    }

    /// <summary>The value of a holder read by <paramref name="node"/>, when it is one (for compiled query templates).</summary>
    public static bool TryRead(MemberExpression node, out object? value)
    {
        if (node.Expression is ConstantExpression { Value: IBoxed box })
        {
            value = box.Value;
            return true;
        }

        value = null;
        return false;
    }

    private interface IBoxed
    {
        object? Value { get; }
    }

    private sealed class Boxed<T>(T value) : IBoxed
    {
        public T Value { get; } = value;

        object? IBoxed.Value => Value;
    }
}
