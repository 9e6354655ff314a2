using System.Globalization;
using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// The built-in <c>Int</c> scalar: a signed 32-bit integer (spec #sec-Int). Results follow graphql-js
/// <c>GraphQLInt.serialize</c>: integers and integral floats in range, booleans as 1/0 and numeric strings.
/// </summary>
internal sealed class IntType : ScalarType
{
    public IntType()
        : base("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
    }

    public override Type RuntimeType => typeof(int);

    // Spec #sec-Int.Input-Coercion: only integer input values, in the 32-bit range.
    public override bool TryCoerceInputLiteral(ValueNode literal, out object? value)
    {
        if (literal is IntValueNode i && int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int parsed))
        {
            value = parsed;
            return true;
        }

        value = null;
        return false;
    }

    // Variables: JSON numbers with an empty fractional part are integers (spec #sec-Scalars.Input-Coercion).
    public override bool TryCoerceInputValue(object value, out object? coerced)
    {
        if (value is not bool && value is not string && NumberConversion.TryGetInteger(value, out long l) && l is >= int.MinValue and <= int.MaxValue)
        {
            coerced = (int)l;
            return true;
        }

        coerced = null;
        return false;
    }

    // Spec #sec-Int.Result-Coercion.
    public override bool TryCoerceResult(object value, out object? serialized)
    {
        switch (value)
        {
            case int i:
                serialized = i;
                return true;
            case bool b:
                serialized = b ? 1 : 0;
                return true;
            case string s when s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double d):
                return TryCoerceResult(d, out serialized);
            default:
                if (NumberConversion.TryGetInteger(value, out long l) && l is >= int.MinValue and <= int.MaxValue)
                {
                    serialized = (int)l;
                    return true;
                }

                serialized = null;
                return false;
        }
    }

    public override ValueNode ValueToLiteral(object value) =>
        TryCoerceResult(value, out object? serialized)
            ? new IntValueNode { Value = ((int)serialized!).ToString(CultureInfo.InvariantCulture) }
            : throw new ArgumentException($"Int cannot represent the value {value}.", nameof(value));
}
