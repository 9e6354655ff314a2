namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>An enum type (spec #sec-Enums). Each value maps to a runtime value (a CLR enum member or its name).</summary>
public sealed class EnumType : NamedType
{
    private Dictionary<string, EnumValue> _byName = new(StringComparer.Ordinal);
    private Dictionary<object, EnumValue> _byRuntimeValue = [];

    public EnumType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyList<EnumValue> Values { get; private set; } = [];

    /// <summary>The CLR enum type of the runtime values, if declared in code.</summary>
    public Type? RuntimeType { get; internal set; }

    public bool TryGetValue(string name, out EnumValue? value) => _byName.TryGetValue(name, out value);

    public bool TryGetByRuntimeValue(object runtimeValue, out EnumValue? value) =>
        _byRuntimeValue.TryGetValue(runtimeValue, out value);

    internal void SetValues(IReadOnlyList<EnumValue> values)
    {
        Values = values;
        _byName = values.ToDictionary(v => v.Name, StringComparer.Ordinal);
        _byRuntimeValue = [];
        foreach (EnumValue v in values)
        {
            _byRuntimeValue.TryAdd(v.RuntimeValue, v);
        }
    }
}
