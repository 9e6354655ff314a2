using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class VariableUniquenessRuleTests() : RuleTests(new VariableUniquenessRule(), "sec-Variable-Uniqueness")
{
    [Fact]
    public void Rejects_a_variable_defined_twice() => ExpectErrors(
        """
        query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """,
        Error("There can be only one variable named \"$atOtherHomes\".", (1, 26), (1, 50)));

    [Fact]
    public void Accepts_the_same_variable_in_different_operations() => ExpectValid(
        """
        query A($atOtherHomes: Boolean) {
          ...HouseTrainedFragment
        }

        query B($atOtherHomes: Boolean) {
          ...HouseTrainedFragment
        }

        fragment HouseTrainedFragment on Query {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """);
}
