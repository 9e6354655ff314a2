using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class AllVariableUsagesAreAllowedRuleTests() : RuleTests(new AllVariableUsagesAreAllowedRule(), "sec-All-Variable-Usages-Are-Allowed")
{
    [Fact]
    public void Rejects_an_int_variable_in_a_boolean_position() => ExpectErrors(
        """
        query intCannotGoIntoBoolean($intArg: Int) {
          arguments {
            booleanArgField(booleanArg: $intArg)
          }
        }
        """,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Boolean\".", (1, 30), (3, 33)));

    [Fact]
    public void Rejects_a_list_variable_in_a_singular_position() => ExpectErrors(
        """
        query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) {
          arguments {
            booleanArgField(booleanArg: $booleanListArg)
          }
        }
        """,
        Error("Variable \"$booleanListArg\" of type \"[Boolean]\" used in position expecting type \"Boolean\".", (1, 38), (3, 33)));

    [Fact]
    public void Rejects_a_nullable_variable_in_a_non_null_position() => ExpectErrors(
        """
        query booleanArgQuery($booleanArg: Boolean) {
          arguments {
            nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
          }
        }
        """,
        Error("Variable \"$booleanArg\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 23), (3, 47)));

    [Fact]
    public void Accepts_a_non_null_list_in_a_nullable_list_position() => ExpectValid(
        """
        query nonNullListToList($nonNullBooleanList: [Boolean]!) {
          arguments {
            booleanListArgField(booleanListArg: $nonNullBooleanList)
          }
        }
        """);

    [Fact]
    public void Rejects_a_nullable_list_in_a_non_null_list_position() => ExpectErrors(
        """
        query listToNonNullList($booleanList: [Boolean]) {
          arguments {
            nonNullBooleanListField(nonNullBooleanListArg: $booleanList)
          }
        }
        """,
        Error("Variable \"$booleanList\" of type \"[Boolean]\" used in position expecting type \"[Boolean]!\".", (1, 25), (3, 52)));

    [Fact]
    public void Rejects_nullable_items_in_a_list_of_non_null_position() => ExpectErrors(
        "query Q($b: [Boolean]) { booleanList(booleanListArg: $b) }",
        Error("Variable \"$b\" of type \"[Boolean]\" used in position expecting type \"[Boolean!]\".", (1, 9), (1, 54)));

    [Fact]
    public void Accepts_non_null_variables_in_oneof_fields() => ExpectValid(
        """
        mutation addCat($cat: CatInput!) {
          addPet(pet: { cat: $cat }) {
            name
          }
        }

        mutation addCatWithDefault($cat: CatInput! = { name: "Brontie" }) {
          addPet(pet: { cat: $cat }) {
            name
          }
        }
        """);

    [Fact]
    public void Accepts_a_nullable_variable_where_the_location_has_a_default() => ExpectValid(
        """
        query booleanArgQueryWithDefault($booleanArg: Boolean) {
          arguments {
            optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg)
          }
        }
        """);

    [Fact]
    public void Accepts_a_nullable_variable_with_a_default_in_a_non_null_position() => ExpectValid(
        """
        query booleanArgQueryWithDefault($booleanArg: Boolean = true) {
          arguments {
            nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
          }
        }
        """);

    [Fact]
    public void Rejects_a_nullable_variable_whose_default_is_null_in_a_non_null_position() => ExpectErrors(
        "query Q($b: Boolean = null) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $b) } }",
        Error("Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 9), (1, 85)));

    [Fact]
    public void Checks_list_items_and_usages_in_fragments() => ExpectErrors(
        """
        query Q($item: Boolean, $dog: DogCommand) { booleanList(booleanListArg: [$item]) dog { ...F } }
        fragment F on Dog { isHouseTrained(atOtherHomes: $dog) }
        """,
        Error("Variable \"$item\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 9), (1, 74)),
        Error("Variable \"$dog\" of type \"DogCommand\" used in position expecting type \"Boolean\".", (1, 25), (2, 50)));
}
