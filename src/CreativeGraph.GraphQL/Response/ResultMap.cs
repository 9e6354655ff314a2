using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace CreativeGraph.GraphQL.Response;

/// <summary>
/// The keys of a result map, shared by every map produced for one collected selection set: the response
/// names in field order (spec #sec-Executing-Collected-Fields) with their pre-encoded JSON form.
/// </summary>
internal sealed class ResultMapShape
{
    // Maps of a shape recycled from disposed results (no allocation on a hot path; ExecutionBenchmarks.ExecuteIntrospection).
    private const int MaxPooled = 512;
    private readonly Lock _poolLock = new();
    private ResultMap[]? _pool;
    private int _pooled;
    private Dictionary<string, int>? _index;

    public ResultMapShape(IReadOnlyList<string> names)
    {
        Names = [.. names];
        EncodedNames = new JsonEncodedText[Names.Length];
        for (int i = 0; i < Names.Length; i++)
        {
            EncodedNames[i] = JsonEncodedText.Encode(Names[i]);
        }
    }

    public string[] Names { get; }

    public JsonEncodedText[] EncodedNames { get; }

    /// <summary>A cleared map of this shape at <paramref name="position"/>, recycled when one is pooled.</summary>
    public ResultMap Rent(LazyPath position)
    {
        lock (_poolLock)
        {
            if (_pooled > 0)
            {
                ResultMap map = _pool![--_pooled];
                _pool[_pooled] = null!;
                map.Position = position;
                return map;
            }
        }

        return new ResultMap(this, position);
    }

    /// <summary>Clears a map no longer referenced by a result and keeps it for reuse.</summary>
    public void Return(ResultMap map)
    {
        Array.Clear(map.Values);
        lock (_poolLock)
        {
            if (_pooled < MaxPooled)
            {
                _pool ??= new ResultMap[Math.Min(MaxPooled, 16)];
                if (_pooled == _pool.Length)
                {
                    Array.Resize(ref _pool, Math.Min(MaxPooled, _pool.Length * 2));
                }

                _pool[_pooled++] = map;
            }
        }
    }

    public int IndexOf(string name)
    {
        if (Names.Length <= 8)
        {
            return Array.IndexOf(Names, name);
        }

        _index ??= CreateIndex();
        return _index.GetValueOrDefault(name, -1);
    }

    private Dictionary<string, int> CreateIndex()
    {
        Dictionary<string, int> index = new(Names.Length, StringComparer.Ordinal);
        for (int i = 0; i < Names.Length; i++)
        {
            index[Names[i]] = i;
        }

        return index;
    }
}

/// <summary>
/// An ordered result map (spec #sec-Response-Format: field order is the collected field order) as the
/// executor builds it: one value slot per response name, names shared through a <see cref="ResultMapShape"/>.
/// </summary>
internal sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    public ResultMap(ResultMapShape shape, LazyPath position)
    {
        Shape = shape;
        Position = position;
        Values = shape.Names.Length == 0 ? [] : new object?[shape.Names.Length];
    }

    public ResultMapShape Shape { get; }

    /// <summary>Where this map stands in the response; its path is built only for errors.</summary>
    public LazyPath Position { get; set; }

    public object?[] Values { get; }

    public int Count => Values.Length;

    public IEnumerable<string> Keys => Shape.Names;

    IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => Values;

    public object? this[string key] => Shape.IndexOf(key) is var i and >= 0 ? Values[i] : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => Shape.IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        int i = Shape.IndexOf(key);
        value = i >= 0 ? Values[i] : null;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (int i = 0; i < Values.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(Shape.Names[i], Values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Returns every executor result map in a disposed result's data tree to its shape's pool.</summary>
    public static void Recycle(object? value)
    {
        switch (value)
        {
            case ResultMap map:
                foreach (object? field in map.Values)
                {
                    Recycle(field);
                }

                map.Shape.Return(map);
                break;

            case object?[] items:
                foreach (object? item in items)
                {
                    Recycle(item);
                }

                break;
        }
    }
}
