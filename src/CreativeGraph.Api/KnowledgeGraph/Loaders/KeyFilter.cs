using System.Linq.Expressions;

namespace CreativeGraph.Api.KnowledgeGraph.Loaders;

/// <summary>Builds <c>e =&gt; keys.Contains(key(e))</c> with the keys as one SQL parameter (style R11), never inlined literals.</summary>
internal static class KeyFilter
{
    public static Expression<Func<T, bool>> In<T, TKey>(Expression<Func<T, TKey>> key, IReadOnlyList<TKey> keys)
    {
        KeyHolder<TKey> holder = new([.. keys]);
        Expression values = Expression.Property(Expression.Constant(holder), nameof(KeyHolder<TKey>.Values));
        MethodCallExpression contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], values, key.Body);
        return Expression.Lambda<Func<T, bool>>(contains, key.Parameters);
    }

    private sealed record KeyHolder<TKey>(TKey[] Values);
}
