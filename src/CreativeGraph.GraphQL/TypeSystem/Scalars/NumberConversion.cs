using System.Globalization;
using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// Reads the CLR numbers a request or a resolver may hand to a numeric scalar, without loss
/// (spec #sec-Scalars: "coerce … when reasonable without losing information").
/// </summary>
internal static class NumberConversion
{
    /// <summary>An integral value: any CLR integer, or a float/decimal with no fractional part.</summary>
    public static bool TryGetInteger(object value, out long result)
    {
        switch (value)
        {
            case int i:
                result = i;
                return true;
            case long l:
                result = l;
                return true;
            case short s:
                result = s;
                return true;
            case byte b:
                result = b;
                return true;
            case sbyte sb:
                result = sb;
                return true;
            case ushort us:
                result = us;
                return true;
            case uint ui:
                result = ui;
                return true;
            case ulong ul when ul <= long.MaxValue:
                result = (long)ul;
                return true;
            case double d when double.IsFinite(d) && Math.Floor(d) == d && d >= long.MinValue && d < 9.2233720368547758E+18:
                result = (long)d;
                return true;
            case float f when float.IsFinite(f) && MathF.Floor(f) == f && f >= long.MinValue && f < 9.2233720368547758E+18f:
                result = (long)f;
                return true;
            case decimal m when decimal.Truncate(m) == m && m >= long.MinValue && m <= long.MaxValue:
                result = (long)m;
                return true;
            default:
                result = 0;
                return false;
        }
    }

    /// <summary>Any CLR number as a double (finite or not; the caller checks).</summary>
    public static bool TryGetDouble(object value, out double result)
    {
        switch (value)
        {
            case double d:
                result = d;
                return true;
            case float f:
                result = f;
                return true;
            case decimal m:
                result = (double)m;
                return true;
            default:
                if (TryGetInteger(value, out long l))
                {
                    result = l;
                    return true;
                }

                result = 0;
                return false;
        }
    }

    /// <summary>Any CLR number as a decimal.</summary>
    public static bool TryGetDecimal(object value, out decimal result)
    {
        switch (value)
        {
            case decimal m:
                result = m;
                return true;
            case double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28:
                result = (decimal)d;
                return true;
            case float f when float.IsFinite(f) && MathF.Abs(f) < 7.9e28f:
                result = (decimal)f;
                return true;
            default:
                if (TryGetInteger(value, out long l))
                {
                    result = l;
                    return true;
                }

                result = 0;
                return false;
        }
    }

    /// <summary>The text of an IntValue or FloatValue literal (both are accepted where a float is); null otherwise.</summary>
    public static string? NumericLiteralText(ValueNode literal) => literal switch
    {
        IntValueNode i => i.Value,
        FloatValueNode f => f.Value,
        _ => null,
    };

    /// <summary>Parses a literal's text (IntValue or FloatValue) as a double; false when not finite.</summary>
    public static bool TryParseFiniteDouble(string text, out double result) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out result) && double.IsFinite(result);

    /// <summary>The text of a double as graphql-js prints numbers (shortest round-trip form).</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
