using System.Collections;
using System.Text.Json;

namespace CreativeGraph.Data.Tests.Fixtures;

/// <summary>LINQ-to-objects expectations with the database's semantics (ordinal strings, NULLs first or last ascending).</summary>
public static class Expected
{
    private static readonly Comparer<object?> s_nullsFirst = Comparer<object?>.Create(static (a, b) =>
        a is null ? (b is null ? 0 : -1)
        : b is null ? 1
        : a is string s ? string.CompareOrdinal(s, (string)b)
        : Comparer.Default.Compare(a, b));

    private static readonly Comparer<object?> s_nullsLast = Comparer<object?>.Create(static (a, b) =>
        a is null || b is null ? s_nullsFirst.Compare(b, a) : s_nullsFirst.Compare(a, b));

    /// <summary>The ids of <paramref name="items"/> in the order of <paramref name="keys"/>, then by id.</summary>
    public static int[] Ids<T>(bool nullsFirst, IEnumerable<T> items, Func<T, int> id, params (Func<T, object?> Key, bool Descending)[] keys)
    {
        Comparer<object?> comparer = nullsFirst ? s_nullsFirst : s_nullsLast;
        IOrderedEnumerable<T> ordered = items.OrderBy(_ => 0);
        foreach ((Func<T, object?> key, bool descending) in keys)
        {
            ordered = descending ? ordered.ThenByDescending(key, comparer) : ordered.ThenBy(key, comparer);
        }

        return [.. ordered.ThenBy(id).Select(id)];
    }

    /// <summary>The ids in <c>data.&lt;field&gt;</c> (a list) or <c>data.&lt;field&gt;.nodes</c> (a connection).</summary>
    public static int[] ResultIds(JsonElement result, string field)
    {
        Assert.False(result.TryGetProperty("errors", out JsonElement errors), errors.ToString());
        return Ids(result.GetProperty("data").GetProperty(field));
    }

    /// <summary>The ids of a list, or of a connection's nodes.</summary>
    public static int[] Ids(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            value = value.GetProperty("nodes");
        }

        return [.. value.EnumerateArray().Select(n => n.GetProperty("id").GetInt32())];
    }

    /// <summary>The single error of a result, with <c>data.&lt;field&gt;</c> null.</summary>
    public static JsonElement SingleError(JsonElement result, string field)
    {
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty(field).ValueKind);
        return Assert.Single(result.GetProperty("errors").EnumerateArray());
    }
}
