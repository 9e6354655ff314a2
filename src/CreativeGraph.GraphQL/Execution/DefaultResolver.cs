using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// The resolver of fields without one (spec #sec-Value-Resolution): a dictionary entry named like the
/// field, else a public CLR property of that name (case-insensitive, so <c>name</c> reads <c>Name</c>).
/// Property getters are looked up once per (type, field) and invoked through a cached delegate.
/// </summary>
internal static class DefaultResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> s_getters = new();

    public static object? Resolve(object? parent, string fieldName)
    {
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.GetValueOrDefault(fieldName);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(fieldName, out object? value) ? value : null;
        }

        Func<object, object?>? getter = s_getters.GetOrAdd((parent.GetType(), fieldName), static key => CreateGetter(key.Item1, key.Item2));
        return getter?.Invoke(parent);
    }

    [UnconditionalSuppressMessage(
        "Trimming",
        "IL2070",
        Justification = "Object types declared in code keep their public properties (the schema builder roots them).")]
    private static Func<object, object?>? CreateGetter(Type type, string name)
    {
        PropertyInfo? property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property?.GetMethod is not { } getter || property.GetIndexParameters().Length > 0)
        {
            return null;
        }

        // PropertyInfo.GetValue uses the runtime's emitted invoker after the first calls (~20 ns).
        return property.GetValue;
    }
}
