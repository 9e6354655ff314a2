using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class FragmentNameUniquenessRuleTests() : RuleTests(new FragmentNameUniquenessRule(), "sec-Fragment-Name-Uniqueness")
{
    [Fact]
    public void Accepts_fragments_with_different_names() => ExpectValid(
        """
        {
          dog {
            ...fragmentOne
            ...fragmentTwo
          }
        }

        fragment fragmentOne on Dog {
          name
        }

        fragment fragmentTwo on Dog {
          owner {
            name
          }
        }
        """);

    [Fact]
    public void Rejects_two_fragments_with_the_same_name() => ExpectErrors(
        """
        {
          dog {
            ...fragmentOne
          }
        }

        fragment fragmentOne on Dog {
          name
        }

        fragment fragmentOne on Dog {
          owner {
            name
          }
        }
        """,
        Error("There can be only one fragment named \"fragmentOne\".", (7, 10), (11, 10)));

    [Fact]
    public void Ignores_inline_fragments() => ExpectValid(
        "{ dog { ... on Dog { name } ... on Dog { nickname } } }");
}
