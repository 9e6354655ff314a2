using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class ArgumentUniquenessRuleTests() : RuleTests(new ArgumentUniquenessRule(), "sec-Argument-Uniqueness")
{
    [Fact]
    public void Accepts_distinct_arguments() => ExpectValid(
        "{ arguments { multipleRequirements(x: 1, y: 2) } dog @include(if: true) { name } }");

    [Fact]
    public void Accepts_the_same_argument_on_different_fields() => ExpectValid(
        "{ arguments { a: intArgField(intArg: 1) b: intArgField(intArg: 2) } }");

    [Fact]
    public void Rejects_a_repeated_field_argument() => ExpectErrors(
        "{ arguments { multipleRequirements(x: 1, x: 2, y: 3, x: 4) } }",
        Error("There can be only one argument named \"x\".", (1, 36), (1, 42), (1, 54)));

    [Fact]
    public void Rejects_a_repeated_directive_argument() => ExpectErrors(
        "{ dog @include(if: true, if: false) { name } }",
        Error("There can be only one argument named \"if\".", (1, 16), (1, 26)));
}
