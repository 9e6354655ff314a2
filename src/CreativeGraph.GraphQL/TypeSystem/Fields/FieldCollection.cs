using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>An ordered, name-indexed collection of fields, arguments or input fields (definition order is kept).</summary>
public sealed class FieldCollection<T> : IReadOnlyList<T>
    where T : class, IField
{
    private readonly T[] _fields;
    private readonly Dictionary<string, T> _byName;

    public FieldCollection(IEnumerable<T> fields)
    {
        _fields = [.. fields];
        _byName = new Dictionary<string, T>(_fields.Length, StringComparer.Ordinal);
        foreach (T field in _fields)
        {
            _byName.TryAdd(field.Name, field);
        }
    }

    public static FieldCollection<T> Empty { get; } = new([]);

    public int Count => _fields.Length;

    public T this[int index] => _fields[index];

    public T? this[string name] => _byName.GetValueOrDefault(name);

    public bool TryGetField(string name, [NotNullWhen(true)] out T? field) => _byName.TryGetValue(name, out field);

    public bool ContainsField(string name) => _byName.ContainsKey(name);

    public ReadOnlySpan<T> AsSpan() => _fields;

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_fields).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _fields.GetEnumerator();
}
