using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class FragmentSpreadTypeExistenceRuleTests() : RuleTests(new FragmentSpreadTypeExistenceRule(), "sec-Fragment-Spread-Type-Existence")
{
    [Fact]
    public void Accepts_fragments_on_types_of_the_schema() => ExpectValid(
        """
        fragment correctType on Dog {
          name
        }

        fragment inlineFragment on Dog {
          ... on Dog {
            name
          }
        }

        fragment inlineFragment2 on Dog {
          ... @include(if: true) {
            name
          }
        }
        """);

    [Fact]
    public void Rejects_fragments_on_types_the_schema_does_not_have() => ExpectErrors(
        """
        fragment notOnExistingType on NotInSchema {
          name
        }

        fragment inlineNotExistingType on Dog {
          ... on NotInSchema {
            name
          }
        }
        """,
        Error("Unknown type \"NotInSchema\". Did you mean \"__Schema\"?", (1, 31)),
        Error("Unknown type \"NotInSchema\". Did you mean \"__Schema\"?", (6, 10)));

    [Fact]
    public void Suggests_similar_type_names() => ExpectErrors(
        "fragment f on Dgo { name }",
        Error("Unknown type \"Dgo\". Did you mean \"Dog\"?", (1, 15)));
}
