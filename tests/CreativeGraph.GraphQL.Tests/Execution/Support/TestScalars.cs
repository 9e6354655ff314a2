using System.Globalization;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.Execution.Support;

/// <summary>Spec built-in scalars for execution tests that must not depend on the type-system branch.</summary>
internal static class TestScalars
{
    public static readonly ScalarType Int = new IntScalar();
    public static readonly ScalarType Float = new FloatScalar();
    public static readonly ScalarType String = new StringScalar("String");
    public static readonly ScalarType ID = new StringScalar("ID");
    public static readonly ScalarType Boolean = new BooleanScalar();

    private sealed class IntScalar() : ScalarType("Int")
    {
        public override Type RuntimeType => typeof(int);

        public override bool TryCoerceInputLiteral(ValueNode literal, out object? value)
        {
            value = null;
            if (literal is IntValueNode i && int.TryParse(i.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n))
            {
                value = n;
                return true;
            }

            return false;
        }

        public override bool TryCoerceInputValue(object value, out object? coerced)
        {
            coerced = value switch
            {
                int i => i,
                long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
                double d when d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
                _ => null,
            };
            return coerced is not null;
        }

        public override bool TryCoerceResult(object value, out object? serialized)
        {
            serialized = value switch
            {
                int i => i,
                long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
                _ => null,
            };
            return serialized is not null;
        }

        public override ValueNode ValueToLiteral(object value) => new IntValueNode { Value = value.ToString()! };
    }

    private sealed class FloatScalar() : ScalarType("Float")
    {
        public override Type RuntimeType => typeof(double);

        public override bool TryCoerceInputLiteral(ValueNode literal, out object? value)
        {
            value = literal switch
            {
                IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
                FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
                _ => null,
            };
            return value is not null;
        }

        public override bool TryCoerceInputValue(object value, out object? coerced)
        {
            coerced = value is int or long or double ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : null;
            return coerced is not null;
        }

        public override bool TryCoerceResult(object value, out object? serialized) => TryCoerceInputValue(value, out serialized);

        public override ValueNode ValueToLiteral(object value) => new FloatValueNode { Value = Convert.ToString(value, CultureInfo.InvariantCulture)! };
    }

    private sealed class StringScalar(string name) : ScalarType(name)
    {
        public override Type RuntimeType => typeof(string);

        public override bool TryCoerceInputLiteral(ValueNode literal, out object? value)
        {
            value = literal switch
            {
                StringValueNode s => s.Value,
                IntValueNode i when Name == "ID" => i.Value,
                _ => null,
            };
            return value is not null;
        }

        public override bool TryCoerceInputValue(object value, out object? coerced)
        {
            coerced = value switch
            {
                string s => s,
                int i when Name == "ID" => i.ToString(CultureInfo.InvariantCulture),
                _ => null,
            };
            return coerced is not null;
        }

        public override bool TryCoerceResult(object value, out object? serialized)
        {
            serialized = value switch
            {
                string s => s,
                int or long or bool when Name == "String" => Convert.ToString(value, CultureInfo.InvariantCulture)!.ToLowerInvariant(),
                int or long or Guid when Name == "ID" => Convert.ToString(value, CultureInfo.InvariantCulture),
                _ => null,
            };
            return serialized is not null;
        }

        public override ValueNode ValueToLiteral(object value) => new StringValueNode { Value = (string)value };
    }

    private sealed class BooleanScalar() : ScalarType("Boolean")
    {
        public override Type RuntimeType => typeof(bool);

        public override bool TryCoerceInputLiteral(ValueNode literal, out object? value)
        {
            value = literal is BooleanValueNode b ? b.Value : null;
            return value is not null;
        }

        public override bool TryCoerceInputValue(object value, out object? coerced)
        {
            coerced = value as bool?;
            return coerced is not null;
        }

        public override bool TryCoerceResult(object value, out object? serialized) => TryCoerceInputValue(value, out serialized);

        public override ValueNode ValueToLiteral(object value) => new BooleanValueNode { Value = (bool)value };
    }
}
