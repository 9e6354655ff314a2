using System.Globalization;
using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// The built-in <c>Float</c> scalar: a finite IEEE 754 double (spec #sec-Float). Results follow graphql-js
/// <c>GraphQLFloat.serialize</c>: finite numbers, booleans as 1/0 and numeric strings; NaN and Infinity fail.
/// </summary>
internal sealed class FloatType : ScalarType
{
    public FloatType()
        : base("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
    }

    public override Type RuntimeType => typeof(double);

    // Spec #sec-Float.Input-Coercion: integer and float literals, finite only.
    public override bool TryCoerceInputLiteral(ValueNode literal, out object? value)
    {
        string? text = NumberConversion.NumericLiteralText(literal);

        if (text is not null && NumberConversion.TryParseFiniteDouble(text, out double d))
        {
            value = d;
            return true;
        }

        value = null;
        return false;
    }

    public override bool TryCoerceInputValue(object value, out object? coerced)
    {
        if (value is not bool && NumberConversion.TryGetDouble(value, out double d) && double.IsFinite(d))
        {
            coerced = d;
            return true;
        }

        coerced = null;
        return false;
    }

    // Spec #sec-Float.Result-Coercion.
    public override bool TryCoerceResult(object value, out object? serialized)
    {
        double d = 0;
        bool ok = value switch
        {
            bool b => SetDouble(b ? 1 : 0, out d),
            string s => s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out d),
            _ => NumberConversion.TryGetDouble(value, out d),
        };

        if (ok && double.IsFinite(d))
        {
            serialized = d;
            return true;
        }

        serialized = null;
        return false;
    }

    // graphql-js astFromValue: an integral float prints as an IntValue ("1"), otherwise as a FloatValue.
    public override ValueNode ValueToLiteral(object value)
    {
        if (!TryCoerceResult(value, out object? serialized))
        {
            throw new ArgumentException($"Float cannot represent the value {value}.", nameof(value));
        }

        string text = NumberConversion.Format((double)serialized!);
        return IsIntegerText(text) ? new IntValueNode { Value = text } : new FloatValueNode { Value = text };
    }

    private static bool SetDouble(double value, out double result)
    {
        result = value;
        return true;
    }

    internal static bool IsIntegerText(string text)
    {
        int start = text.StartsWith('-') ? 1 : 0;
        if (start == text.Length || (text[start] == '0' && text.Length > start + 1))
        {
            return false;
        }

        for (int i = start; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
