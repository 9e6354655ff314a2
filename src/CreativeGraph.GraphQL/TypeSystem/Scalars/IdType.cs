using System.Globalization;
using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// The built-in <c>ID</c> scalar (spec #sec-ID): accepts string and integer input, always serializes as a
/// string. Results follow graphql-js <c>GraphQLID.serialize</c> (strings and integers), plus GUIDs.
/// </summary>
internal sealed class IdType : ScalarType
{
    public IdType()
        : base("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
    }

    public override Type RuntimeType => typeof(string);

    // Spec #sec-ID.Input-Coercion: string or integer literals; floats are rejected.
    public override bool TryCoerceInputLiteral(ValueNode literal, out object? value)
    {
        value = literal switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => null,
        };

        return value is not null;
    }

    public override bool TryCoerceInputValue(object value, out object? coerced)
    {
        coerced = value switch
        {
            string s => s,
            bool => null,
            _ when NumberConversion.TryGetInteger(value, out long l) => l.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };

        return coerced is not null;
    }

    // Spec #sec-ID.Result-Coercion.
    public override bool TryCoerceResult(object value, out object? serialized)
    {
        serialized = value switch
        {
            string s => s,
            Guid g => g.ToString("D"),
            bool => null,
            _ when NumberConversion.TryGetInteger(value, out long l) => l.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };

        return serialized is not null;
    }

    // graphql-js astFromValue: an ID that looks like an integer prints as an IntValue.
    public override ValueNode ValueToLiteral(object value)
    {
        if (!TryCoerceResult(value, out object? serialized))
        {
            throw new ArgumentException($"ID cannot represent the value {value}.", nameof(value));
        }

        string text = (string)serialized!;
        return FloatType.IsIntegerText(text) ? new IntValueNode { Value = text } : new StringValueNode { Value = text };
    }
}
