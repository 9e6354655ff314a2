using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.TypeSystem.Scalars;

public sealed class SpecifiedScalarTests
{
    private static IntValueNode IntLit(string text) => new() { Value = text };

    private static FloatValueNode FloatLit(string text) => new() { Value = text };

    private static StringValueNode StrLit(string text) => new() { Value = text };

    [Theory]
    [InlineData("0", 0)]
    [InlineData("2147483647", 2147483647)]
    [InlineData("-2147483648", -2147483648)]
    public void Int_accepts_integer_literals_in_the_32_bit_range(string text, int expected)
    {
        Assert.True(BuiltInScalars.Int.TryCoerceInputLiteral(IntLit(text), out object? value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    public void Int_rejects_integer_literals_outside_the_32_bit_range(string text) =>
        Assert.False(BuiltInScalars.Int.TryCoerceInputLiteral(IntLit(text), out _));

    [Fact]
    public void Int_rejects_float_string_and_boolean_literals()
    {
        Assert.False(BuiltInScalars.Int.TryCoerceInputLiteral(FloatLit("1.0"), out _));
        Assert.False(BuiltInScalars.Int.TryCoerceInputLiteral(StrLit("1"), out _));
        Assert.False(BuiltInScalars.Int.TryCoerceInputLiteral(new BooleanValueNode { Value = true }, out _));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2147483647L, 2147483647)]
    [InlineData(-2147483648L, -2147483648)]
    [InlineData(3.0, 3)]
    public void Int_accepts_integral_variable_values_in_range(object input, int expected)
    {
        Assert.True(BuiltInScalars.Int.TryCoerceInputValue(input, out object? value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(2147483648L)]
    [InlineData(-2147483649L)]
    [InlineData(1.5)]
    [InlineData("1")]
    [InlineData(true)]
    public void Int_rejects_other_variable_values(object input) =>
        Assert.False(BuiltInScalars.Int.TryCoerceInputValue(input, out _));

    [Theory]
    [InlineData(5, 5)]
    [InlineData(1.0, 1)]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    [InlineData("123", 123)]
    [InlineData(2147483647L, 2147483647)]
    public void Int_serializes_results_like_graphql_js(object result, int expected)
    {
        Assert.True(BuiltInScalars.Int.TryCoerceResult(result, out object? value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(2147483648L)]
    [InlineData(-2147483649L)]
    [InlineData("")]
    [InlineData("one")]
    [InlineData(double.NaN)]
    public void Int_refuses_results_that_would_lose_information(object result) =>
        Assert.False(BuiltInScalars.Int.TryCoerceResult(result, out _));

    [Fact]
    public void Float_accepts_int_and_float_literals()
    {
        Assert.True(BuiltInScalars.Float.TryCoerceInputLiteral(IntLit("1"), out object? fromInt));
        Assert.Equal(1.0, fromInt);
        Assert.True(BuiltInScalars.Float.TryCoerceInputLiteral(FloatLit("1.5e3"), out object? fromFloat));
        Assert.Equal(1500.0, fromFloat);
    }

    [Fact]
    public void Float_rejects_literals_that_are_not_finite_or_not_numbers()
    {
        Assert.False(BuiltInScalars.Float.TryCoerceInputLiteral(FloatLit("1e400"), out _));
        Assert.False(BuiltInScalars.Float.TryCoerceInputLiteral(StrLit("1.5"), out _));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData("1.5")]
    [InlineData(true)]
    public void Float_rejects_non_finite_and_non_numeric_variable_values(object input) =>
        Assert.False(BuiltInScalars.Float.TryCoerceInputValue(input, out _));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData("abc")]
    public void Float_refuses_non_finite_results(object result) =>
        Assert.False(BuiltInScalars.Float.TryCoerceResult(result, out _));

    [Fact]
    public void Float_serializes_integers_booleans_and_numeric_strings()
    {
        Assert.True(BuiltInScalars.Float.TryCoerceResult(2, out object? fromInt));
        Assert.Equal(2.0, fromInt);
        Assert.True(BuiltInScalars.Float.TryCoerceResult(true, out object? fromBool));
        Assert.Equal(1.0, fromBool);
        Assert.True(BuiltInScalars.Float.TryCoerceResult("-1.25", out object? fromString));
        Assert.Equal(-1.25, fromString);
    }

    [Fact]
    public void String_accepts_only_string_input()
    {
        Assert.True(BuiltInScalars.String.TryCoerceInputLiteral(StrLit("abc"), out object? value));
        Assert.Equal("abc", value);
        Assert.False(BuiltInScalars.String.TryCoerceInputLiteral(IntLit("1"), out _));
        Assert.False(BuiltInScalars.String.TryCoerceInputValue(1, out _));
        Assert.False(BuiltInScalars.String.TryCoerceInputValue(true, out _));
    }

    [Theory]
    [InlineData("abc", "abc")]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    [InlineData(42, "42")]
    [InlineData(-1.5, "-1.5")]
    public void String_serializes_scalars_to_their_text(object result, string expected)
    {
        Assert.True(BuiltInScalars.String.TryCoerceResult(result, out object? value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void String_refuses_non_finite_numbers_and_objects()
    {
        Assert.False(BuiltInScalars.String.TryCoerceResult(double.NaN, out _));
        Assert.False(BuiltInScalars.String.TryCoerceResult(new object(), out _));
    }

    [Fact]
    public void Boolean_accepts_only_boolean_input()
    {
        Assert.True(BuiltInScalars.Boolean.TryCoerceInputLiteral(new BooleanValueNode { Value = true }, out object? value));
        Assert.Equal(true, value);
        Assert.False(BuiltInScalars.Boolean.TryCoerceInputLiteral(IntLit("1"), out _));
        Assert.False(BuiltInScalars.Boolean.TryCoerceInputValue(1, out _));
        Assert.False(BuiltInScalars.Boolean.TryCoerceInputValue("true", out _));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(0, false)]
    [InlineData(-3, true)]
    [InlineData(0.0, false)]
    public void Boolean_serializes_booleans_and_numbers(object result, bool expected)
    {
        Assert.True(BuiltInScalars.Boolean.TryCoerceResult(result, out object? value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Boolean_refuses_strings() => Assert.False(BuiltInScalars.Boolean.TryCoerceResult("true", out _));

    [Fact]
    public void ID_accepts_string_and_int_literals_as_strings()
    {
        Assert.True(BuiltInScalars.ID.TryCoerceInputLiteral(StrLit("abc"), out object? fromString));
        Assert.Equal("abc", fromString);
        Assert.True(BuiltInScalars.ID.TryCoerceInputLiteral(IntLit("-4"), out object? fromInt));
        Assert.Equal("-4", fromInt);
        Assert.False(BuiltInScalars.ID.TryCoerceInputLiteral(FloatLit("4.0"), out _));
        Assert.False(BuiltInScalars.ID.TryCoerceInputLiteral(new BooleanValueNode { Value = true }, out _));
    }

    [Fact]
    public void ID_accepts_string_and_integer_variable_values()
    {
        Assert.True(BuiltInScalars.ID.TryCoerceInputValue(4, out object? fromInt));
        Assert.Equal("4", fromInt);
        Assert.True(BuiltInScalars.ID.TryCoerceInputValue(12345678901L, out object? fromLong));
        Assert.Equal("12345678901", fromLong);
        Assert.False(BuiltInScalars.ID.TryCoerceInputValue(4.5, out _));
        Assert.False(BuiltInScalars.ID.TryCoerceInputValue(true, out _));
    }

    [Fact]
    public void ID_serializes_integers_and_strings_as_strings()
    {
        Assert.True(BuiltInScalars.ID.TryCoerceResult(7, out object? fromInt));
        Assert.Equal("7", fromInt);
        Assert.True(BuiltInScalars.ID.TryCoerceResult("UmVnaW9uOjE=", out object? fromString));
        Assert.Equal("UmVnaW9uOjE=", fromString);
        Assert.False(BuiltInScalars.ID.TryCoerceResult(1.5, out _));
    }

    [Fact]
    public void Values_become_literals_as_graphql_js_astFromValue_makes_them()
    {
        Assert.IsType<IntValueNode>(BuiltInScalars.Float.ValueToLiteral(1.0));
        Assert.Equal("1.5", Assert.IsType<FloatValueNode>(BuiltInScalars.Float.ValueToLiteral(1.5)).Value);
        Assert.Equal("12", Assert.IsType<IntValueNode>(BuiltInScalars.ID.ValueToLiteral("12")).Value);
        Assert.Equal("a1", Assert.IsType<StringValueNode>(BuiltInScalars.ID.ValueToLiteral("a1")).Value);
        Assert.Equal("01", Assert.IsType<StringValueNode>(BuiltInScalars.ID.ValueToLiteral("01")).Value);
    }
}
