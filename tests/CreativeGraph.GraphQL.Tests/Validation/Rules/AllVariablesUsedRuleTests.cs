using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class AllVariablesUsedRuleTests() : RuleTests(new AllVariablesUsedRule(), "sec-All-Variables-Used")
{
    [Fact]
    public void Rejects_an_unused_variable() => ExpectErrors(
        """
        query variableUnused($atOtherHomes: Boolean) {
          dog {
            isHouseTrained
          }
        }
        """,
        Error("Variable \"$atOtherHomes\" is never used in operation \"variableUnused\".", (1, 22)));

    [Fact]
    public void Accepts_a_variable_used_in_a_fragment() => ExpectValid(
        """
        query variableUsedInFragment($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """);

    [Fact]
    public void Rejects_a_variable_its_fragments_do_not_use() => ExpectErrors(
        """
        query variableNotUsedWithinFragment($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedWithoutVariableFragment
          }
        }

        fragment isHouseTrainedWithoutVariableFragment on Dog {
          isHouseTrained
        }
        """,
        Error("Variable \"$atOtherHomes\" is never used in operation \"variableNotUsedWithinFragment\".", (1, 37)));

    [Fact]
    public void Rejects_an_extra_variable_in_one_of_several_operations() => ExpectErrors(
        """
        query queryWithUsedVar($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        query queryWithExtraVar($atOtherHomes: Boolean, $extra: Int) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """,
        Error("Variable \"$extra\" is never used in operation \"queryWithExtraVar\".", (7, 49)));

    [Fact]
    public void Does_not_count_usages_in_another_operation() => ExpectErrors(
        """
        query A($a: Boolean) { dog { name } }
        query B($a: Boolean) { dog { isHouseTrained(atOtherHomes: $a) } }
        """,
        Error("Variable \"$a\" is never used in operation \"A\".", (1, 9)));

    [Fact]
    public void Names_an_anonymous_operation_as_such() => ExpectErrors(
        "query ($a: Boolean) { dog { name } }",
        Error("Variable \"$a\" is never used.", (1, 8)));
}
