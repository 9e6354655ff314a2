using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class FragmentsOnCompositeTypesRuleTests() : RuleTests(new FragmentsOnCompositeTypesRule(), "sec-Fragments-on-Object-Interface-or-Union-Types")
{
    [Fact]
    public void Accepts_fragments_on_objects_interfaces_and_unions() => ExpectValid(
        """
        fragment fragOnObject on Dog {
          name
        }

        fragment fragOnInterface on Pet {
          name
        }

        fragment fragOnUnion on CatOrDog {
          ... on Dog {
            name
          }
        }
        """);

    [Fact]
    public void Rejects_fragments_on_scalars() => ExpectErrors(
        """
        fragment fragOnScalar on Int {
          something
        }

        fragment inlineFragOnScalar on Dog {
          ... on Boolean {
            somethingElse
          }
        }
        """,
        Error("Fragment \"fragOnScalar\" cannot condition on non composite type \"Int\".", (1, 26)),
        Error("Fragment cannot condition on non composite type \"Boolean\".", (6, 10)));

    [Fact]
    public void Rejects_fragments_on_enums_and_input_objects() => ExpectErrors(
        """
        fragment a on DogCommand { x }
        fragment b on FindDogInput { x }
        """,
        Error("Fragment \"a\" cannot condition on non composite type \"DogCommand\".", (1, 15)),
        Error("Fragment \"b\" cannot condition on non composite type \"FindDogInput\".", (2, 15)));

    [Fact]
    public void Accepts_inline_fragments_without_type_condition() => ExpectValid(
        "{ dog { ... { name } } }");
}
