using CreativeGraph.GraphQL.Language;

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

    /// <summary>Input coercion of a literal (spec #sec-Enums.Input-Coercion): only an enum literal naming a value.</summary>
    public bool TryCoerceInputLiteral(ValueNode literal, out object? value)
    {
        if (literal is EnumValueNode e && _byName.TryGetValue(e.Value, out EnumValue? enumValue))
        {
            value = enumValue.RuntimeValue;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Input coercion of a variable value: JSON carries enum values as their names (strings).</summary>
    public bool TryCoerceInputValue(object value, out object? coerced)
    {
        if (value is string name && _byName.TryGetValue(name, out EnumValue? enumValue))
        {
            coerced = enumValue.RuntimeValue;
            return true;
        }

        coerced = null;
        return false;
    }

    /// <summary>Result coercion (spec #sec-Enums.Result-Coercion): the name of the value with this runtime value.</summary>
    public bool TryCoerceResult(object value, out string? serialized)
    {
        if (_byRuntimeValue.TryGetValue(value, out EnumValue? enumValue))
        {
            serialized = enumValue.Name;
            return true;
        }

        serialized = null;
        return false;
    }

    /// <summary>The enum literal that stands for a runtime value (or for a value's name).</summary>
    public ValueNode ValueToLiteral(object value)
    {
        if (TryCoerceResult(value, out string? name) || (value is string s && _byName.ContainsKey(s) && (name = s) is not null))
        {
            return new EnumValueNode { Value = name! };
        }

        throw new ArgumentException($"Enum {Name} cannot represent the value {value}.", nameof(value));
    }

    internal void SetValues(IReadOnlyList<EnumValue> values)
    {
        Values = values;
        _byName = new Dictionary<string, EnumValue>(values.Count, StringComparer.Ordinal);
        _byRuntimeValue = [];
        foreach (EnumValue v in values)
        {
            // A duplicate name is a schema error the builder reports (spec #sec-Enums.Type-Validation); the first value wins.
            _byName.TryAdd(v.Name, v);
            _byRuntimeValue.TryAdd(v.RuntimeValue, v);
        }
    }
}
