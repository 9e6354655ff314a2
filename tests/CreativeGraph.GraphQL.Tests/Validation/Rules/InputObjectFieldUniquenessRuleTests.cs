using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class InputObjectFieldUniquenessRuleTests() : RuleTests(new InputObjectFieldUniquenessRule(), "sec-Input-Object-Field-Uniqueness")
{
    [Fact]
    public void Rejects_a_repeated_input_field() => ExpectErrors(
        """
        {
          field(arg: { field: true, field: false })
        }
        """,
        Error("There can be only one input field named \"field\".", (2, 16), (2, 29)));

    [Fact]
    public void Accepts_the_same_name_in_nested_objects() => ExpectValid(
        "mutation { addPet(pet: { dog: { name: \"a\" } }) { name } }");

    [Fact]
    public void Checks_objects_in_unknown_positions_too() => ExpectErrors(
        "{ dog { unknown(x: { a: 1, b: 2, a: 3 }) } }",
        Error("There can be only one input field named \"a\".", (1, 22), (1, 34)));
}
