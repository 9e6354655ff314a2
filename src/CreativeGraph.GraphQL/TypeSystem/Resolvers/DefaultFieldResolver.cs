using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// The resolver of a field without one (graphql-js defaultFieldResolver): the parent's dictionary entry
/// of the field's name, or the parent's public property (or field) of that name, case-insensitively.
/// Property reads are compiled once per CLR type and member and cached; no reflection per call. Where
/// dynamic code is not compiled (NativeAOT, interpreter-only runtimes) the cached delegate is the member's
/// <c>GetValue</c>, which those runtimes invoke without building an expression tree per call.
/// The executor uses this resolver too, for hand-made fields that have no resolver.
/// </summary>
internal static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> s_getters = new();

    /// <summary>A resolver for one field; it remembers the last parent type it saw, so a lookup is usually one compare.</summary>
    public static FieldResolver Create(string fieldName)
    {
        FieldReader reader = new(fieldName);
        return context => new ValueTask<object?>(reader.Read(context.Parent));
    }

    /// <summary>Reads a member of a parent value as the default resolver does.</summary>
    public static object? Read(object? parent, string name)
    {
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.GetValueOrDefault(name);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out object? value) ? value : null;
            default:
                Func<object, object?>? getter = GetGetter(parent.GetType(), name);
                return getter?.Invoke(parent);
        }
    }

    public static Func<object, object?>? GetGetter(Type type, string name) =>
        s_getters.GetOrAdd((type, name), static key => Compile(key.Type, key.Name));

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Resolver parents are application types whose public members the schema exposes; they are rooted by the code that creates them.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Expressions are compiled only when RuntimeFeature.IsDynamicCodeCompiled.")]
    private static Func<object, object?>? Compile(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        MemberInfo? member = (MemberInfo?)type.GetProperty(name, flags) ?? type.GetField(name, flags);
        if (member is PropertyInfo { CanRead: false } || (member is PropertyInfo p && p.GetIndexParameters().Length > 0))
        {
            member = null;
        }

        if (member is null)
        {
            return null;
        }

        if (!RuntimeFeature.IsDynamicCodeCompiled)
        {
            return member is PropertyInfo property ? property.GetValue : ((FieldInfo)member).GetValue;
        }

        ParameterExpression parent = Expression.Parameter(typeof(object), "parent");
        Expression body = Expression.Convert(Expression.MakeMemberAccess(Expression.Convert(parent, type), member), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, parent).Compile();
    }

    private sealed class FieldReader(string name)
    {
        private Entry? _last;

        public object? Read(object? parent)
        {
            if (parent is null or IReadOnlyDictionary<string, object?> or IDictionary<string, object?>)
            {
                return DefaultFieldResolver.Read(parent, name);
            }

            Type type = parent.GetType();
            Entry? last = _last;
            if (last is null || last.Type != type)
            {
                last = new Entry(type, GetGetter(type, name));
                _last = last;
            }

            return last.Getter?.Invoke(parent);
        }

        private sealed record Entry(Type Type, Func<object, object?>? Getter);
    }
}
