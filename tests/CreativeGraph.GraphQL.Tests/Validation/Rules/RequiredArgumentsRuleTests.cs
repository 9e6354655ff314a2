using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class RequiredArgumentsRuleTests() : RuleTests(new RequiredArgumentsRule(), "sec-Required-Arguments")
{
    [Fact]
    public void Accepts_provided_arguments() => ExpectValid(
        """
        fragment goodBooleanArg on Arguments {
          booleanArgField(booleanArg: true)
        }

        fragment goodNonNullArg on Arguments {
          nonNullBooleanArgField(nonNullBooleanArg: true)
        }
        """);

    [Fact]
    public void Accepts_an_omitted_nullable_argument() => ExpectValid(
        """
        fragment goodBooleanArgDefault on Arguments {
          booleanArgField
        }
        """);

    [Fact]
    public void Accepts_an_omitted_non_null_argument_with_a_default() => ExpectValid(
        "{ arguments { optionalNonNullBooleanArgField } }");

    [Fact]
    public void Rejects_a_missing_required_argument() => ExpectErrors(
        """
        fragment missingRequiredArg on Arguments {
          nonNullBooleanArgField
        }
        """,
        Error("Field \"nonNullBooleanArgField\" argument \"nonNullBooleanArg\" of type \"Boolean!\" is required, but it was not provided.", (2, 3)));

    [Fact]
    public void Reports_each_missing_argument() => ExpectErrors(
        "{ arguments { multipleRequirements } }",
        Error("Field \"multipleRequirements\" argument \"x\" of type \"Int!\" is required, but it was not provided.", (1, 15)),
        Error("Field \"multipleRequirements\" argument \"y\" of type \"Int!\" is required, but it was not provided.", (1, 15)));

    [Fact]
    public void Rejects_a_directive_without_its_required_argument() => ExpectErrors(
        "{ dog @include { name @skip } }",
        Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 7)),
        Error("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 23)));

    [Fact]
    public void Ignores_unknown_fields_and_directives() => ExpectValid("{ dog { unknown @unknown } }");
}
