using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// The built-in <c>Boolean</c> scalar (spec #sec-Boolean). Results follow graphql-js
/// <c>GraphQLBoolean.serialize</c>: booleans, and finite numbers as "not zero".
/// </summary>
internal sealed class BooleanType : ScalarType
{
    private static readonly object s_true = true;
    private static readonly object s_false = false;

    public BooleanType()
        : base("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
    }

    public override Type RuntimeType => typeof(bool);

    // Spec #sec-Boolean.Input-Coercion: only boolean input values.
    public override bool TryCoerceInputLiteral(ValueNode literal, out object? value)
    {
        value = literal is BooleanValueNode b ? Box(b.Value) : null;
        return value is not null;
    }

    public override bool TryCoerceInputValue(object value, out object? coerced)
    {
        coerced = value is bool b ? Box(b) : null;
        return coerced is not null;
    }

    // Spec #sec-Boolean.Result-Coercion.
    public override bool TryCoerceResult(object value, out object? serialized)
    {
        serialized = value switch
        {
            bool b => Box(b),
            string => null,
            _ when NumberConversion.TryGetDouble(value, out double d) && double.IsFinite(d) => Box(d != 0),
            _ => null,
        };

        return serialized is not null;
    }

    public override ValueNode ValueToLiteral(object value) =>
        TryCoerceResult(value, out object? serialized)
            ? new BooleanValueNode { Value = (bool)serialized! }
            : throw new ArgumentException($"Boolean cannot represent the value {value}.", nameof(value));

    private static object Box(bool value) => value ? s_true : s_false;
}
