using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class DirectivesAreUniquePerLocationRuleTests() : RuleTests(new DirectivesAreUniquePerLocationRule(), "sec-Directives-Are-Unique-per-Location")
{
    [Fact]
    public void Rejects_skip_twice_on_one_field() => ExpectErrors(
        """
        query ($foo: Boolean = true, $bar: Boolean = false) {
          field @skip(if: $foo) @skip(if: $bar)
        }
        """,
        Error("The directive \"@skip\" can only be used once at this location.", (2, 9), (2, 25)));

    [Fact]
    public void Accepts_skip_once_per_location() => ExpectValid(
        """
        query ($foo: Boolean = true, $bar: Boolean = false) {
          field @skip(if: $foo) {
            subfieldA
          }
          field @skip(if: $bar) {
            subfieldB
          }
        }
        """);

    [Fact]
    public void Accepts_a_repeatable_directive_many_times() => ExpectValid(
        "{ dog @repeatableTag(name: \"a\") @repeatableTag(name: \"b\") { name } }");

    [Fact]
    public void Ignores_unknown_directives() => ExpectValid("{ dog @unknown @unknown { name } }");

    [Fact]
    public void Reports_each_repetition_against_the_first() => ExpectErrors(
        "{ dog @include(if: true) @skip(if: false) @include(if: true) @include(if: false) { name } }",
        Error("The directive \"@include\" can only be used once at this location.", (1, 7), (1, 43)),
        Error("The directive \"@include\" can only be used once at this location.", (1, 7), (1, 62)));
}
