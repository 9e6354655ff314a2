using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class InputObjectFieldNamesRuleTests() : RuleTests(new InputObjectFieldNamesRule(), "sec-Input-Object-Field-Names")
{
    [Fact]
    public void Accepts_defined_input_fields() => ExpectValid(
        """
        {
          findDog(searchBy: { name: "Fido" }) {
            name
          }
        }
        """);

    [Fact]
    public void Rejects_an_input_field_the_type_does_not_define() => ExpectErrors(
        """
        {
          findDog(searchBy: { favoriteCookieFlavor: "Bacon" }) {
            name
          }
        }
        """,
        Error("Field \"favoriteCookieFlavor\" is not defined by type \"FindDogInput\".", (2, 23)));

    [Fact]
    public void Suggests_similar_input_field_names() => ExpectErrors(
        "{ findDog(searchBy: { nam: \"x\" }) { name } }",
        Error("Field \"nam\" is not defined by type \"FindDogInput\". Did you mean \"name\"?", (1, 23)));

    [Fact]
    public void Checks_nested_objects_and_variable_defaults() => ExpectErrors(
        "query Q($p: PetInput = { dog: { name: \"x\", bark: 1 } }) { dog { name } }",
        Error("Field \"bark\" is not defined by type \"DogInput\".", (1, 44)));

    [Fact]
    public void Leaves_objects_in_a_list_at_a_singular_position_to_values_of_correct_type() => ExpectValid(
        "{ findDog(searchBy: [{ nam: \"x\" }]) { name } }");
}
