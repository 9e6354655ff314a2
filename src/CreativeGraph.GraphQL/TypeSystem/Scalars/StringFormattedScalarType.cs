using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// A custom scalar that travels as a formatted string (DateTime, Date, URL, UUID): string literals and
/// string variables are parsed into <typeparamref name="T"/>, results are formatted back to a string.
/// </summary>
internal abstract class StringFormattedScalarType<T> : ScalarType
    where T : notnull
{
    protected StringFormattedScalarType(string name, string description, string? specifiedByUrl = null)
        : base(name, description, specifiedByUrl)
    {
    }

    public override Type RuntimeType => typeof(T);

    public override bool TryCoerceInputLiteral(ValueNode literal, out object? value) =>
        TryCoerceInputValue(literal is StringValueNode s ? s.Value : literal, out value);

    public override bool TryCoerceInputValue(object value, out object? coerced)
    {
        if (value is string s && TryParse(s, out T? parsed))
        {
            coerced = parsed;
            return true;
        }

        coerced = null;
        return false;
    }

    public override bool TryCoerceResult(object value, out object? serialized)
    {
        if (TryConvert(value, out T? runtime))
        {
            serialized = Format(runtime);
            return true;
        }

        serialized = null;
        return false;
    }

    public override ValueNode ValueToLiteral(object value) =>
        TryCoerceResult(value, out object? serialized)
            ? new StringValueNode { Value = (string)serialized! }
            : throw new ArgumentException($"{Name} cannot represent the value {value}.", nameof(value));

    protected abstract bool TryParse(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value);

    protected abstract string Format(T value);

    /// <summary>Accepts a resolver's value: the runtime type itself by default.</summary>
    protected virtual bool TryConvert(object value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? runtime)
    {
        if (value is T t)
        {
            runtime = t;
            return true;
        }

        runtime = default;
        return false;
    }
}
