using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class FragmentsMustBeUsedRuleTests() : RuleTests(new FragmentsMustBeUsedRule(), "sec-Fragments-Must-Be-Used")
{
    [Fact]
    public void Rejects_an_unused_fragment() => ExpectErrors(
        """
        fragment nameFragment on Dog { # unused
          name
        }

        {
          dog {
            name
          }
        }
        """,
        Error("Fragment \"nameFragment\" is never used.", (1, 1)));

    [Fact]
    public void Accepts_fragments_used_transitively_and_defined_after_use() => ExpectValid(
        """
        { dog { ...A } }
        fragment A on Dog { ...B }
        fragment B on Dog { name }
        """);

    [Fact]
    public void Rejects_fragments_used_only_by_unused_fragments() => ExpectErrors(
        """
        { dog { name } }
        fragment A on Dog { ...B }
        fragment B on Dog { name }
        """,
        Error("Fragment \"A\" is never used.", (2, 1)),
        Error("Fragment \"B\" is never used.", (3, 1)));
}
