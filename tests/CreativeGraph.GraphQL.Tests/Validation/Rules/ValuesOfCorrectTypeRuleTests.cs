using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class ValuesOfCorrectTypeRuleTests() : RuleTests(new ValuesOfCorrectTypeRule(), "sec-Values-of-Correct-Type")
{
    [Fact]
    public void Accepts_coercible_literals_and_defaults() => ExpectValid(
        """
        fragment goodBooleanArg on Arguments {
          booleanArgField(booleanArg: true)
        }

        fragment coercedIntIntoFloatArg on Arguments {
          # Note: The input coercion rules for Float allow Int literals.
          floatArgField(floatArg: 123)
        }

        query goodComplexDefaultValue($search: FindDogInput = { name: "Fido" }) {
          findDog(searchBy: $search) {
            name
          }
        }

        mutation addPet($pet: PetInput! = { cat: { name: "Brontie" } }) {
          addPet(pet: $pet) {
            name
          }
        }
        """);

    [Fact]
    public void Rejects_literals_that_cannot_be_coerced() => ExpectErrors(
        """
        fragment stringIntoInt on Arguments {
          intArgField(intArg: "123")
        }

        query badComplexValue {
          findDog(searchBy: { name: 123 }) {
            name
          }
        }

        mutation oneOfWithNoFields {
          addPet(pet: {}) {
            name
          }
        }

        mutation oneOfWithTwoFields($dog: DogInput) {
          addPet(pet: { cat: { name: "Brontie" }, dog: $dog }) {
            name
          }
        }

        mutation listOfOneOfWithNullableVariable($dog: DogInput) {
          addPets(pets: [{ dog: $dog }]) {
            name
          }
        }
        """,
        Error("Expected value of type \"Int\", found \"123\"; Int cannot represent non-integer value: \"123\"", (2, 23)),
        Error("Expected value of type \"String\", found 123; String cannot represent a non string value: 123", (6, 29)),
        Error("OneOf Input Object \"PetInput\" must specify exactly one key.", (12, 15)),
        Error("OneOf Input Object \"PetInput\" must specify exactly one key.", (18, 15)),
        Error("Variable \"dog\" must be non-nullable to be used for OneOf Input Object \"PetInput\".", (24, 18)));

    [Fact]
    public void Rejects_null_in_a_non_null_position() => ExpectErrors(
        """
        fragment missingRequiredArg on Arguments {
          nonNullBooleanArgField(nonNullBooleanArg: null)
        }
        """,
        Error("Expected value of type \"Boolean!\", found null.", (2, 45)));

    [Fact]
    public void Rejects_a_null_oneof_field() => ExpectErrors(
        "mutation { addPet(pet: { cat: null }) { name } }",
        Error("Field \"PetInput.cat\" must be non-null.", (1, 24)));

    [Fact]
    public void Rejects_unknown_enum_values_and_strings_for_enums() => ExpectErrors(
        """
        { dog { a: doesKnowCommand(dogCommand: CLEAN_UP_HOUSE) b: doesKnowCommand(dogCommand: "SIT") } }
        """,
        Error("Expected value of type \"DogCommand!\", found CLEAN_UP_HOUSE; Value \"CLEAN_UP_HOUSE\" does not exist in \"DogCommand\" enum.", (1, 40)),
        Error("Expected value of type \"DogCommand!\", found \"SIT\"; Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", (1, 87)));

    [Fact]
    public void Rejects_out_of_range_ints_and_lists_in_singular_positions() => ExpectErrors(
        "{ arguments { a: intArgField(intArg: 2147483648) b: intArgField(intArg: [1]) } }",
        Error("Expected value of type \"Int\", found 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648", (1, 38)),
        Error("Expected value of type \"Int\", found [1]; Int cannot represent non-integer value: [1]", (1, 73)));

    [Fact]
    public void Judges_list_items_one_by_one() => ExpectErrors(
        "{ booleanList(booleanListArg: [true, null, 1]) }",
        Error("Expected value of type \"Boolean!\", found null.", (1, 38)),
        Error("Expected value of type \"Boolean!\", found 1; Boolean cannot represent a non boolean value: 1", (1, 44)));

    [Fact]
    public void Rejects_a_scalar_where_an_input_object_is_expected() => ExpectErrors(
        "{ findDog(searchBy: \"Fido\") { name } }",
        Error("Expected value of type \"FindDogInput\", found \"Fido\".", (1, 21)));

    [Fact]
    public void Accepts_variables_anywhere() => ExpectValid(
        "query Q($a: Int, $b: String) { arguments { intArgField(intArg: $a) } findDog(searchBy: { name: $b }) { name } }");
}
