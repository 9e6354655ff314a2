using System.Globalization;
using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// The built-in <c>String</c> scalar (spec #sec-String). Results follow graphql-js
/// <c>GraphQLString.serialize</c>: strings, booleans as "true"/"false" and finite numbers as their text.
/// </summary>
internal sealed class StringType : ScalarType
{
    public StringType()
        : base("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
    }

    public override Type RuntimeType => typeof(string);

    // Spec #sec-String.Input-Coercion: only string input values.
    public override bool TryCoerceInputLiteral(ValueNode literal, out object? value)
    {
        value = (literal as StringValueNode)?.Value;
        return value is not null;
    }

    public override bool TryCoerceInputValue(object value, out object? coerced)
    {
        coerced = value as string;
        return coerced is not null;
    }

    // Spec #sec-String.Result-Coercion.
    public override bool TryCoerceResult(object value, out object? serialized)
    {
        serialized = value switch
        {
            string s => s,
            char c => c.ToString(),
            bool b => b ? "true" : "false",
            double d when double.IsFinite(d) => NumberConversion.Format(d),
            float f when float.IsFinite(f) => NumberConversion.Format(f),
            decimal m => m.ToString(CultureInfo.InvariantCulture),
            _ when NumberConversion.TryGetInteger(value, out long l) => l.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };

        return serialized is not null;
    }

    public override ValueNode ValueToLiteral(object value) =>
        TryCoerceResult(value, out object? serialized)
            ? new StringValueNode { Value = (string)serialized! }
            : throw new ArgumentException($"String cannot represent the value {value}.", nameof(value));
}
