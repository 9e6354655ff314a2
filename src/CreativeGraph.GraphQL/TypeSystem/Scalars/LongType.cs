using System.Globalization;
using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>HotChocolate's <c>Long</c> scalar: a signed 64-bit integer, runtime <see cref="long"/>.</summary>
internal sealed class LongType : ScalarType
{
    public LongType()
        : base("Long", "The `Long` scalar type represents non-fractional signed whole 64-bit numeric values. Long can represent values between -(2^63) and 2^63 - 1.")
    {
    }

    public override Type RuntimeType => typeof(long);

    public override bool TryCoerceInputLiteral(ValueNode literal, out object? value)
    {
        if (literal is IntValueNode i && long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long parsed))
        {
            value = parsed;
            return true;
        }

        value = null;
        return false;
    }

    public override bool TryCoerceInputValue(object value, out object? coerced) => TryCoerceResult(value, out coerced);

    public override bool TryCoerceResult(object value, out object? serialized)
    {
        if (value is not bool && NumberConversion.TryGetInteger(value, out long l))
        {
            serialized = l;
            return true;
        }

        serialized = null;
        return false;
    }

    public override ValueNode ValueToLiteral(object value) =>
        TryCoerceResult(value, out object? serialized)
            ? new IntValueNode { Value = ((long)serialized!).ToString(CultureInfo.InvariantCulture) }
            : throw new ArgumentException($"Long cannot represent the value {value}.", nameof(value));
}
