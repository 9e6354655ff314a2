using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class DirectivesAreDefinedRuleTests() : RuleTests(new DirectivesAreDefinedRule(), "sec-Directives-Are-Defined")
{
    [Fact]
    public void Accepts_directives_of_the_schema() => ExpectValid(
        """
        query Q($v: Boolean!) {
          dog @include(if: $v) { name @skip(if: true) ...F @include(if: true) }
        }
        fragment F on Dog { ... @skip(if: false) { nickname } }
        """);

    [Fact]
    public void Rejects_unknown_directives_everywhere() => ExpectErrors(
        """
        query Q($v: Int @unknownVar) @unknownQuery {
          dog @unknownField { ...F @unknownSpread }
        }
        fragment F on Dog @unknownFragment { ... @unknownInline { name } }
        """,
        Error("Unknown directive \"@unknownVar\".", (1, 17)),
        Error("Unknown directive \"@unknownQuery\".", (1, 30)),
        Error("Unknown directive \"@unknownField\".", (2, 7)),
        Error("Unknown directive \"@unknownSpread\".", (2, 28)),
        Error("Unknown directive \"@unknownFragment\".", (4, 19)),
        Error("Unknown directive \"@unknownInline\".", (4, 42)));
}
