using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.TypeSystem.Scalars;

public sealed class HotChocolateScalarTests
{
    private static StringValueNode StrLit(string text) => new() { Value = text };

    [Fact]
    public void DateTime_parses_an_iso_8601_string_with_offset()
    {
        Assert.True(BuiltInScalars.DateTime.TryCoerceInputLiteral(StrLit("2024-03-01T10:15:30+02:00"), out object? value));
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 10, 15, 30, TimeSpan.FromHours(2)), value);
        Assert.True(BuiltInScalars.DateTime.TryCoerceInputValue("2024-03-01T10:15:30.5Z", out object? utc));
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 10, 15, 30, 500, TimeSpan.Zero), utc);
    }

    [Theory]
    [InlineData("2024-03-01")]
    [InlineData("2024-03-01T10:15:30")]
    [InlineData("not a date")]
    public void DateTime_rejects_strings_without_time_or_offset(string text) =>
        Assert.False(BuiltInScalars.DateTime.TryCoerceInputValue(text, out _));

    [Fact]
    public void DateTime_serializes_with_milliseconds_and_offset()
    {
        Assert.True(BuiltInScalars.DateTime.TryCoerceResult(new DateTimeOffset(2024, 3, 1, 10, 15, 30, TimeSpan.Zero), out object? utc));
        Assert.Equal("2024-03-01T10:15:30.000Z", utc);
        Assert.True(BuiltInScalars.DateTime.TryCoerceResult(new DateTimeOffset(2024, 3, 1, 10, 15, 30, TimeSpan.FromHours(1)), out object? local));
        Assert.Equal("2024-03-01T10:15:30.000+01:00", local);
        Assert.Equal("https://www.graphql-scalars.com/date-time", BuiltInScalars.DateTime.SpecifiedByUrl);
    }

    [Fact]
    public void Date_parses_and_serializes_calendar_dates()
    {
        Assert.True(BuiltInScalars.Date.TryCoerceInputLiteral(StrLit("2024-02-29"), out object? value));
        Assert.Equal(new DateOnly(2024, 2, 29), value);
        Assert.False(BuiltInScalars.Date.TryCoerceInputValue("2023-02-29", out _));
        Assert.False(BuiltInScalars.Date.TryCoerceInputValue("2024-02-29T00:00:00Z", out _));
        Assert.True(BuiltInScalars.Date.TryCoerceResult(new DateOnly(2024, 1, 5), out object? text));
        Assert.Equal("2024-01-05", text);
    }

    [Fact]
    public void Long_covers_the_64_bit_range()
    {
        Assert.True(BuiltInScalars.Long.TryCoerceInputLiteral(new IntValueNode { Value = "9223372036854775807" }, out object? max));
        Assert.Equal(long.MaxValue, max);
        Assert.False(BuiltInScalars.Long.TryCoerceInputLiteral(new IntValueNode { Value = "9223372036854775808" }, out _));
        Assert.False(BuiltInScalars.Long.TryCoerceInputLiteral(StrLit("1"), out _));
        Assert.False(BuiltInScalars.Long.TryCoerceInputValue(1.5, out _));
    }

    [Fact]
    public void Decimal_accepts_int_and_float_literals()
    {
        Assert.True(BuiltInScalars.Decimal.TryCoerceInputLiteral(new FloatValueNode { Value = "12.345" }, out object? value));
        Assert.Equal(12.345m, value);
        Assert.True(BuiltInScalars.Decimal.TryCoerceInputLiteral(new IntValueNode { Value = "7" }, out object? integer));
        Assert.Equal(7m, integer);
        Assert.False(BuiltInScalars.Decimal.TryCoerceInputLiteral(StrLit("7"), out _));
    }

    [Fact]
    public void URL_accepts_only_absolute_uris()
    {
        Assert.True(BuiltInScalars.Url.TryCoerceInputLiteral(StrLit("https://example.org/a?b=c"), out object? value));
        Assert.Equal(new Uri("https://example.org/a?b=c"), value);
        Assert.False(BuiltInScalars.Url.TryCoerceInputValue("/relative/path", out _));
        Assert.True(BuiltInScalars.Url.TryCoerceResult(new Uri("https://example.org/"), out object? text));
        Assert.Equal("https://example.org/", text);
    }

    [Fact]
    public void UUID_parses_guids_and_serializes_the_D_format()
    {
        Guid id = Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");
        Assert.True(BuiltInScalars.Uuid.TryCoerceInputValue("7c9e6679-7425-40de-944b-e07fc1f90ae7", out object? value));
        Assert.Equal(id, value);
        Assert.False(BuiltInScalars.Uuid.TryCoerceInputValue("not-a-guid", out _));
        Assert.True(BuiltInScalars.Uuid.TryCoerceResult(id, out object? text));
        Assert.Equal("7c9e6679-7425-40de-944b-e07fc1f90ae7", text);
    }
}
