using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class FragmentSpreadTargetDefinedRuleTests() : RuleTests(new FragmentSpreadTargetDefinedRule(), "sec-Fragment-Spread-Target-Defined")
{
    [Fact]
    public void Rejects_a_spread_of_an_undefined_fragment() => ExpectErrors(
        """
        {
          dog {
            ...undefinedFragment
          }
        }
        """,
        Error("Unknown fragment \"undefinedFragment\".", (3, 8)));

    [Fact]
    public void Accepts_spreads_of_fragments_defined_anywhere() => ExpectValid(
        """
        fragment B on Dog { ...A }
        { dog { ...B } }
        fragment A on Dog { name }
        """);
}
