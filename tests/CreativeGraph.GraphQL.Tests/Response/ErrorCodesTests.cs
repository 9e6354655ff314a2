using System.Reflection;
using System.Text.RegularExpressions;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Tests.Response;

public sealed partial class ErrorCodesTests
{
    [Fact]
    public void Every_code_is_unique_and_well_formed()
    {
        string[] codes = [.. typeof(ErrorCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)];

        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, code => Assert.Matches(WellFormed(), code));
        Assert.Contains(ErrorCodes.ExecutionNonNullViolation, codes);
    }

    [GeneratedRegex("^(HC[0-9]{4}|[A-Z]+(_[A-Z]+)+)$")]
    private static partial Regex WellFormed();
}
