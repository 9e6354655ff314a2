using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class LoneAnonymousOperationRuleTests() : RuleTests(new LoneAnonymousOperationRule(), "sec-Lone-Anonymous-Operation")
{
    [Fact]
    public void Accepts_a_lone_anonymous_operation() => ExpectValid(
        """
        {
          dog {
            name
          }
        }
        """);

    [Fact]
    public void Accepts_an_anonymous_operation_with_fragments() => ExpectValid(
        """
        { ...Frag }
        fragment Frag on Query { dog { name } }
        """);

    [Fact]
    public void Rejects_an_anonymous_operation_next_to_a_named_one() => ExpectErrors(
        """
        {
          dog {
            name
          }
        }

        query getName {
          dog {
            owner {
              name
            }
          }
        }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)));

    [Fact]
    public void Rejects_each_of_several_anonymous_operations() => ExpectErrors(
        """
        { dog { name } }
        mutation { mutateDog { name } }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)),
        Error("This anonymous operation must be the only defined operation.", (2, 1)));
}
