using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class OperationNameUniquenessRuleTests() : RuleTests(new OperationNameUniquenessRule(), "sec-Operation-Name-Uniqueness")
{
    [Fact]
    public void Accepts_operations_with_different_names() => ExpectValid(
        """
        query getDogName {
          dog {
            name
          }
        }

        query getOwnerName {
          dog {
            owner {
              name
            }
          }
        }
        """);

    [Fact]
    public void Rejects_two_operations_with_the_same_name() => ExpectErrors(
        """
        query getName {
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
        Error("There can be only one operation named \"getName\".", (1, 7), (7, 7)));

    [Fact]
    public void Rejects_the_same_name_even_for_operations_of_different_types() => ExpectErrors(
        """
        query dogOperation {
          dog {
            name
          }
        }

        mutation dogOperation {
          mutateDog {
            id
          }
        }
        """,
        Error("There can be only one operation named \"dogOperation\".", (1, 7), (7, 10)));

    [Fact]
    public void Accepts_a_fragment_named_like_an_operation() => ExpectValid(
        """
        query Foo { dog { ...Foo } }
        fragment Foo on Dog { name }
        """);

    [Fact]
    public void Reports_each_further_duplicate_against_the_first() => ExpectErrors(
        """
        query A { dog { name } }
        query A { dog { name } }
        query A { dog { name } }
        """,
        Error("There can be only one operation named \"A\".", (1, 7), (2, 7)),
        Error("There can be only one operation named \"A\".", (1, 7), (3, 7)));
}
