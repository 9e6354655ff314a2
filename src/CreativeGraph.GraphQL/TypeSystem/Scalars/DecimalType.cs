using System.Globalization;
using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>HotChocolate's <c>Decimal</c> scalar: a .NET decimal, accepting integer and float literals.</summary>
internal sealed class DecimalType : ScalarType
{
    public DecimalType()
        : base("Decimal", "The `Decimal` scalar type represents a decimal floating-point number.")
    {
    }

    public override Type RuntimeType => typeof(decimal);

    public override bool TryCoerceInputLiteral(ValueNode literal, out object? value)
    {
        string? text = NumberConversion.NumericLiteralText(literal);

        if (text is not null && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal d))
        {
            value = d;
            return true;
        }

        value = null;
        return false;
    }

    public override bool TryCoerceInputValue(object value, out object? coerced) => TryCoerceResult(value, out coerced);

    public override bool TryCoerceResult(object value, out object? serialized)
    {
        if (value is not bool && NumberConversion.TryGetDecimal(value, out decimal d))
        {
            serialized = d;
            return true;
        }

        serialized = null;
        return false;
    }

    public override ValueNode ValueToLiteral(object value)
    {
        if (!TryCoerceResult(value, out object? serialized))
        {
            throw new ArgumentException($"Decimal cannot represent the value {value}.", nameof(value));
        }

        string text = ((decimal)serialized!).ToString(CultureInfo.InvariantCulture);
        return FloatType.IsIntegerText(text) ? new IntValueNode { Value = text } : new FloatValueNode { Value = text };
    }
}
