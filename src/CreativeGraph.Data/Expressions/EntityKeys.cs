using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using System.Reflection;

namespace CreativeGraph.Data.Expressions;

/// <summary>The key of an entity by convention: a <c>[Key]</c> property, else <c>Id</c>, else <c>&lt;Type&gt;Id</c>.</summary>
internal static class EntityKeys
{
    public static PropertyInfo? Find(Type type)
    {
        PropertyInfo[] properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        return properties.FirstOrDefault(p => p.GetCustomAttribute<KeyAttribute>() is not null)
            ?? properties.FirstOrDefault(p => p.Name == "Id")
            ?? properties.FirstOrDefault(p => p.Name == type.Name + "Id");
    }

    /// <summary><c>x => x.Id</c> for <paramref name="type"/>; throws when it has no key by convention.</summary>
    public static LambdaExpression Default(Type type)
    {
        PropertyInfo key = Find(type) ?? throw new InvalidOperationException($"{type.Name} has no key property; call Key(x => …).");
        ParameterExpression x = Expression.Parameter(type, "x");
        return Expression.Lambda(Expression.Property(x, key), x);
    }
}
