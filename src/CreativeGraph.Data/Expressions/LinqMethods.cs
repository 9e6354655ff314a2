using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace CreativeGraph.Data.Expressions;

/// <summary>
/// <c>Expression.Call(typeof(Enumerable), "Take", [T], …)</c> with the method resolved once per signature: the
/// framework's overload search reads every method of the declaring type on each call, which was a tenth of a
/// nested list request's allocations.
/// </summary>
internal static class LinqMethods
{
    private static readonly ConcurrentDictionary<Signature, MethodInfo> s_methods = new();

    public static MethodCallExpression Call(Type declaringType, string name, Type[] typeArguments, params Expression[] arguments)
    {
        Signature signature = new(declaringType, name, typeArguments[0], typeArguments.Length > 1 ? typeArguments[1] : null, arguments.Length, arguments[^1].Type);
        if (!s_methods.TryGetValue(signature, out MethodInfo? method))
        {
            MethodCallExpression call = Expression.Call(declaringType, name, typeArguments, arguments);
            s_methods.TryAdd(signature, call.Method);
            return call;
        }

        return Expression.Call(method, arguments);
    }

    // The last argument's type tells overloads of one arity apart (a selector with or without the index).
    private readonly record struct Signature(Type DeclaringType, string Name, Type First, Type? Second, int Arity, Type LastArgument);
}
