using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class AllVariableUsesDefinedRuleTests() : RuleTests(new AllVariableUsesDefinedRule(), "sec-All-Variable-Uses-Defined")
{
    private const string IsHouseTrainedFragment =
        """

        fragment isHouseTrainedFragment on Dog {
          isHouseTrained(atOtherHomes: $atOtherHomes)
        }
        """;

    [Fact]
    public void Accepts_a_variable_defined_by_the_operation() => ExpectValid(
        """
        query variableIsDefined($atOtherHomes: Boolean) {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """);

    [Fact]
    public void Rejects_a_variable_the_operation_does_not_define() => ExpectErrors(
        """
        query variableIsNotDefined {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }
        """,
        Error("Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefined\".", (3, 34), (1, 1)));

    [Fact]
    public void Accepts_a_variable_used_in_a_fragment() => ExpectValid(
        """
        query variableIsDefinedUsedInSingleFragment($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }
        """ + IsHouseTrainedFragment);

    [Fact]
    public void Rejects_an_undefined_variable_used_in_a_fragment() => ExpectErrors(
        """
        query variableIsNotDefinedUsedInSingleFragment {
          dog {
            ...isHouseTrainedFragment
          }
        }
        """ + IsHouseTrainedFragment,
        Error("Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefinedUsedInSingleFragment\".", (7, 32), (1, 1)));

    [Fact]
    public void Rejects_an_undefined_variable_used_in_a_nested_fragment() => ExpectErrors(
        """
        query variableIsNotDefinedUsedInNestedFragment {
          dog {
            ...outerHouseTrainedFragment
          }
        }

        fragment outerHouseTrainedFragment on Dog {
          ...isHouseTrainedFragment
        }
        """ + IsHouseTrainedFragment,
        Error("Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefinedUsedInNestedFragment\".", (11, 32), (1, 1)));

    [Fact]
    public void Accepts_a_fragment_in_operations_that_all_define_its_variables() => ExpectValid(
        """
        query houseTrainedQueryOne($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        query houseTrainedQueryTwo($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }
        """ + IsHouseTrainedFragment);

    [Fact]
    public void Rejects_a_fragment_in_an_operation_that_does_not_define_its_variable() => ExpectErrors(
        """
        query houseTrainedQueryOne($atOtherHomes: Boolean) {
          dog {
            ...isHouseTrainedFragment
          }
        }

        query houseTrainedQueryTwoNotDefined {
          dog {
            ...isHouseTrainedFragment
          }
        }
        """ + IsHouseTrainedFragment,
        Error("Variable \"$atOtherHomes\" is not defined by operation \"houseTrainedQueryTwoNotDefined\".", (13, 32), (7, 1)));

    [Fact]
    public void Finds_variables_in_directives_lists_and_input_objects() => ExpectErrors(
        "{ dog @include(if: $a) { name } findDog(searchBy: { name: $b }) { name } booleanList(booleanListArg: [$c]) }",
        Error("Variable \"$a\" is not defined.", (1, 20), (1, 1)),
        Error("Variable \"$b\" is not defined.", (1, 59), (1, 1)),
        Error("Variable \"$c\" is not defined.", (1, 103), (1, 1)));
}
