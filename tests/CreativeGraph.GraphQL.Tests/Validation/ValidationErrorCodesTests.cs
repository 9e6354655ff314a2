using System.Reflection;
using System.Text.RegularExpressions;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Tests.Validation;

public sealed partial class ValidationErrorCodesTests
{
    private static readonly (string Name, string Value)[] s_codes = [.. typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (f.Name, (string)f.GetRawConstantValue()!))];

    [Fact]
    public void Every_error_code_is_unique() =>
        Assert.Empty(s_codes.GroupBy(c => c.Value).Where(g => g.Count() > 1).Select(g => g.Key));

    [Fact]
    public void Every_error_code_is_well_formed() =>
        Assert.Empty(s_codes.Where(c => !WellFormed().IsMatch(c.Value)).Select(c => c.Name));

    [Fact]
    public void Validation_codes_follow_one_scheme() =>
        Assert.All(s_codes.Where(c => c.Name.StartsWith("Validation", StringComparison.Ordinal)), c =>
            Assert.Equal(ToUpperSnake(c.Name), c.Value));

    private static string ToUpperSnake(string name) => UpperSnakeBoundary().Replace(name, "_$1").ToUpperInvariant();

    // HotChocolate's codes (HC0014) or PHASE_NOUN_PROBLEM.
    [GeneratedRegex("^(HC[0-9]{4}|[A-Z][A-Z0-9]*(_[A-Z0-9]+)*)$")]
    private static partial Regex WellFormed();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex UpperSnakeBoundary();
}
