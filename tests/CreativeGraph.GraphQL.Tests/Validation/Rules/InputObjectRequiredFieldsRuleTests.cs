using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class InputObjectRequiredFieldsRuleTests() : RuleTests(new InputObjectRequiredFieldsRule(), "sec-Input-Object-Required-Fields")
{
    [Fact]
    public void Rejects_an_input_object_without_a_required_field() => ExpectErrors(
        "mutation { addPet(pet: { cat: { nickname: \"x\" } }) { name } }",
        Error("Field \"CatInput.name\" of required type \"String!\" was not provided.", (1, 31)));

    [Fact]
    public void Checks_variable_default_values() => ExpectErrors(
        "query Q($d: DogInput = { nickname: \"x\" }) { dog { name } }",
        Error("Field \"DogInput.name\" of required type \"String!\" was not provided.", (1, 24)));

    [Fact]
    public void Accepts_an_omitted_non_null_field_with_a_default() => ExpectValid(
        "{ complicatedArgs { complexArgField(complexArg: { requiredField: true }) } }");

    [Fact]
    public void Reports_each_missing_field() => ExpectErrors(
        "{ complicatedArgs { complexArgField(complexArg: { intField: 1 }) } }",
        Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 49)));
}
