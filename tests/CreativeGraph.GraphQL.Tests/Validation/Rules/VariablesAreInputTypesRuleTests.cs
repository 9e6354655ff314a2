using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class VariablesAreInputTypesRuleTests() : RuleTests(new VariablesAreInputTypesRule(), "sec-Variables-Are-Input-Types")
{
    [Fact]
    public void Accepts_scalar_input_object_and_list_variables() => ExpectValid(
        """
        query takesBoolean($atOtherHomes: Boolean) {
          dog {
            isHouseTrained(atOtherHomes: $atOtherHomes)
          }
        }

        query takesComplexInput($search: FindDogInput) {
          findDog(searchBy: $search) {
            name
          }
        }

        query TakesListOfBooleanBang($booleans: [Boolean!]) {
          booleanList(booleanListArg: $booleans)
        }
        """);

    [Fact]
    public void Rejects_output_types() => ExpectErrors(
        """
        query takesCat($cat: Cat) { dog { name } }
        query takesDogBang($dog: Dog!) { dog { name } }
        query takesListOfPet($pets: [Pet]) { dog { name } }
        query takesCatOrDog($catOrDog: CatOrDog) { dog { name } }
        """,
        Error("Variable \"$cat\" cannot be non-input type \"Cat\".", (1, 22)),
        Error("Variable \"$dog\" cannot be non-input type \"Dog!\".", (2, 26)),
        Error("Variable \"$pets\" cannot be non-input type \"[Pet]\".", (3, 29)),
        Error("Variable \"$catOrDog\" cannot be non-input type \"CatOrDog\".", (4, 32)));

    [Fact]
    public void Rejects_unknown_types() => ExpectErrors(
        "query Q($x: [Xyzzy!]) { dog { name } }",
        Error("Unknown type \"Xyzzy\".", (1, 14)));
}
