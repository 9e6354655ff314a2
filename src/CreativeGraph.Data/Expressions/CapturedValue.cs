using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace CreativeGraph.Data.Expressions;

/// <summary>A variable a lambda captured (<c>slug</c> in <c>p =&gt; p.Slug == slug</c>): a field of the compiler's closure.</summary>
internal static class CapturedValue
{
    public static bool TryRead(Expression node, out object? value)
    {
        if (node is MemberExpression { Expression: ConstantExpression { Value: { } closure }, Member: FieldInfo field }
            && closure.GetType().IsDefined(typeof(CompilerGeneratedAttribute), inherit: false))
        {
            value = field.GetValue(closure);
            return true;
        }

        value = null;
        return false;
    }
}
