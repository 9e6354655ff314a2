using System.Collections;
using System.Text.Json;

namespace CreativeGraph.Data.Tests.Fixtures;

/// <summary>LINQ-to-objects expectations with the database's semantics (ordinal strings, NULLs first ascending).</summary>
public static class Expected
{
    private static readonly Comparer<object?> s_nullsFirst = Comparer<object?>.Create(static (a, b) =>
        a is null ? (b is null ? 0 : -1)
        : b is null ? 1
        : a is string s ? string.CompareOrdinal(s, (string)b)
        : Comparer.Default.Compare(a, b));

    /// <summary>The ids of <paramref name="cities"/> in the order of <paramref name="keys"/>, then by id.</summary>
    public static int[] Ids(IEnumerable<City> cities, params (Func<City, object?> Key, bool Descending)[] keys)
    {
        IOrderedEnumerable<City> ordered = cities.OrderBy(_ => 0);
        foreach ((Func<City, object?> key, bool descending) in keys)
        {
            ordered = descending ? ordered.ThenByDescending(key, s_nullsFirst) : ordered.ThenBy(key, s_nullsFirst);
        }

        return [.. ordered.ThenBy(c => c.Id).Select(c => c.Id)];
    }

    /// <summary>The ids in <c>data.&lt;field&gt;</c> (a list) or <c>data.&lt;field&gt;.nodes</c> (a connection).</summary>
    public static int[] ResultIds(JsonElement result, string field)
    {
        Assert.False(result.TryGetProperty("errors", out JsonElement errors), errors.ToString());
        JsonElement value = result.GetProperty("data").GetProperty(field);
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
