using System.Collections;
using System.Linq.Expressions;
using CreativeGraph.Data.Core;
using CreativeGraph.Data.Expressions;

namespace CreativeGraph.Data.Sorting;

/// <summary>
/// Turns a coerced <c>order: [&lt;T&gt;SortInput!]</c> into sort keys (list order = priority, fields of one element
/// in their given order) and appends the primary key as the final tie-breaker, then applies them as
/// <c>OrderBy(k1).ThenBy(k2)…</c>  →  SQL: ORDER BY k1, k2, …, Id.
/// </summary>
internal sealed class SortTranslator(DataSchema data)
{
    /// <summary>The suffix of the sort field that orders by the size of a list (<c>projects</c> → <c>projectsCount</c>).</summary>
    public const string CountSuffix = "Count";

    public IReadOnlyList<SortKey> Translate(ParameterExpression x, object? order, LambdaExpression primaryKey)
    {
        List<SortKey> keys = [];
        if (order is IEnumerable items)
        {
            foreach (object? item in items)
            {
                AddKeys(x.Type, x, item as IReadOnlyDictionary<string, object?> ?? throw DataMessages.NullValue("order"), null, keys);
            }
        }

        Expression key = new ParameterReplacer(primaryKey.Parameters[0], x).Visit(primaryKey.Body);
        if (!keys.Any(k => k.Body.ToString() == key.ToString()))
        {
            keys.Add(new SortKey(key, false, false));
        }

        return keys;
    }

    /// <summary>Applies <paramref name="keys"/>; <paramref name="reverse"/> flips every direction (for <c>last</c>).</summary>
    public static IQueryable<T> Apply<T>(IQueryable<T> query, ParameterExpression x, IReadOnlyList<SortKey> keys, bool reverse) =>
        query.Provider.CreateQuery<T>(Apply(query.Expression, typeof(Queryable), x, keys, reverse));

    /// <summary>
    /// <c>source.OrderBy(k1).ThenBy(k2)…</c> with <paramref name="host"/>'s methods (<see cref="Queryable"/>, or
    /// <see cref="Enumerable"/> inside a group); the keys are expressions over <paramref name="parameter"/>.
    /// </summary>
    public static Expression Apply(Expression source, Type host, ParameterExpression parameter, IReadOnlyList<SortKey> keys, bool reverse)
    {
        Expression expression = source;
        for (int i = 0; i < keys.Count; i++)
        {
            bool descending = keys[i].Descending != reverse;
            string method = (i == 0 ? "OrderBy" : "ThenBy") + (descending ? "Descending" : string.Empty);
            LambdaExpression key = Expression.Lambda(keys[i].Body, parameter);
            expression = LinqMethods.Call(host, method, [parameter.Type, keys[i].Type], expression, host == typeof(Queryable) ? Expression.Quote(key) : key);
        }

        return expression;
    }

    private void AddKeys(Type type, Expression target, IReadOnlyDictionary<string, object?> fields, string? path, List<SortKey> keys)
    {
        Dictionary<string, EntityMember> members = data.Members(type).ToDictionary(m => m.Name, StringComparer.Ordinal);
        foreach ((string name, object? value) in fields)
        {
            string field = path is null ? name : path + "." + name;
            // <list>Count: the number of elements of a list, as a correlated COUNT(*) (summed over a declared list's branches)
            bool counted = !members.ContainsKey(name);
            EntityMember member = counted ? members[name[..^CountSuffix.Length]] : members[name];
            Expression access = counted
                ? member.Access(target).Select(b => (Expression)LinqMethods.Call(typeof(Enumerable), nameof(Enumerable.Count), [member.ValueType], b)).Aggregate(Expression.Add)
                : member.Access(target)[0];
            switch (value)
            {
                case null:
                    throw DataMessages.NullValue(field);
                case SortDirection direction:
                    // A key through a navigation can be NULL (LEFT JOIN), so its CLR type becomes nullable too.
                    Expression key = path is not null && access.Type.IsValueType && Nullable.GetUnderlyingType(access.Type) is null
                        ? Expression.Convert(access, typeof(Nullable<>).MakeGenericType(access.Type))
                        : access;
                    keys.Add(new SortKey(key, direction == SortDirection.Descending, member.IsNullable || path is not null));
                    break;
                case IReadOnlyDictionary<string, object?> nested:
                    AddKeys(member.ValueType, access, nested, field, keys);
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected sort value {value} for \"{field}\".");
            }
        }
    }
}

