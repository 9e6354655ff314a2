using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class FragmentSpreadsMustNotFormCyclesRuleTests() : RuleTests(new FragmentSpreadsMustNotFormCyclesRule(), "sec-Fragment-Spreads-Must-Not-Form-Cycles")
{
    [Fact]
    public void Rejects_fragments_that_spread_each_other() => ExpectErrors(
        """
        {
          dog {
            ...nameFragment
          }
        }

        fragment nameFragment on Dog {
          name
          ...barkVolumeFragment
        }

        fragment barkVolumeFragment on Dog {
          barkVolume
          ...nameFragment
        }
        """,
        Error("Cannot spread fragment \"nameFragment\" within itself via \"barkVolumeFragment\".", (9, 3), (14, 3)));

    [Fact]
    public void Rejects_cycles_through_nested_selections() => ExpectErrors(
        """
        {
          dog {
            ...dogFragment
          }
        }

        fragment dogFragment on Dog {
          name
          owner {
            ...ownerFragment
          }
        }

        fragment ownerFragment on Human {
          name
          pets {
            ...dogFragment
          }
        }
        """,
        Error("Cannot spread fragment \"dogFragment\" within itself via \"ownerFragment\".", (10, 5), (17, 5)));

    [Fact]
    public void Rejects_a_fragment_that_spreads_itself() => ExpectErrors(
        "fragment A on Dog { name ...A }",
        Error("Cannot spread fragment \"A\" within itself.", (1, 26)));

    [Fact]
    public void Accepts_a_fragment_spread_twice_without_cycle() => ExpectValid(
        """
        fragment A on Dog { ...B ...B }
        fragment B on Dog { ... on Dog { ...C } }
        fragment C on Dog { name }
        """);
}
