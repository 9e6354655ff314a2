using System.Globalization;
using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// A custom scalar declared in SDL without an implementation (graphql-js's default scalar): literals become
/// plain CLR values (valueFromASTUntyped), variable values and results pass through unchanged.
/// </summary>
internal sealed class UntypedScalarType : ScalarType
{
    public UntypedScalarType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override Type RuntimeType => typeof(object);

    public override bool TryCoerceInputLiteral(ValueNode literal, out object? value)
    {
        value = ToValue(literal);
        return literal is not VariableNode;
    }

    public override bool TryCoerceInputValue(object value, out object? coerced)
    {
        coerced = value;
        return true;
    }

    public override bool TryCoerceResult(object value, out object? serialized)
    {
        serialized = value;
        return true;
    }

    public override ValueNode ValueToLiteral(object value) => value switch
    {
        ValueNode node => node,
        string s => new StringValueNode { Value = s },
        bool b => new BooleanValueNode { Value = b },
        double or float or decimal => BuiltInScalars.Float.ValueToLiteral(value),
        _ when NumberConversion.TryGetInteger(value, out long l) => new IntValueNode { Value = l.ToString(CultureInfo.InvariantCulture) },
        _ => new StringValueNode { Value = value.ToString() ?? string.Empty },
    };

    private static object? ToValue(ValueNode literal) => literal switch
    {
        IntValueNode i => long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l) ? l : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(ToValue).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(f => f.Name.Value, f => ToValue(f.Value), StringComparer.Ordinal),
        _ => null,
    };
}
