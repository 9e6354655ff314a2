using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class ArgumentNamesRuleTests() : RuleTests(new ArgumentNamesRule(), "sec-Argument-Names")
{
    [Fact]
    public void Accepts_defined_arguments_of_fields_and_directives() => ExpectValid(
        """
        fragment argOnRequiredArg on Dog {
          doesKnowCommand(dogCommand: SIT)
        }

        fragment argOnOptional on Dog {
          isHouseTrained(atOtherHomes: true) @include(if: true)
        }
        """);

    [Fact]
    public void Rejects_an_argument_the_field_does_not_define() => ExpectErrors(
        """
        fragment invalidArgName on Dog {
          doesKnowCommand(command: CLEAN_UP_HOUSE)
        }
        """,
        Error("Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (2, 19)));

    [Fact]
    public void Rejects_an_argument_the_directive_does_not_define() => ExpectErrors(
        """
        fragment invalidArgName on Dog {
          isHouseTrained(atOtherHomes: true) @include(unless: false)
        }
        """,
        Error("Unknown argument \"unless\" on directive \"@include\".", (2, 47)));

    [Fact]
    public void Accepts_arguments_in_any_order() => ExpectValid(
        """
        fragment multipleArgs on Arguments {
          multipleRequirements(x: 1, y: 2)
        }

        fragment multipleArgsReverseOrder on Arguments {
          multipleRequirements(y: 2, x: 1)
        }
        """);

    [Fact]
    public void Suggests_similar_argument_names() => ExpectErrors(
        """
        { dog { isHouseTrained(atOtherHome: true) @skip(iff: false) } }
        """,
        Error("Unknown argument \"atOtherHome\" on field \"Dog.isHouseTrained\". Did you mean \"atOtherHomes\"?", (1, 24)),
        Error("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (1, 49)));

    [Fact]
    public void Ignores_arguments_of_unknown_fields_and_directives() => ExpectValid(
        "{ dog { unknown(x: 1) name @unknown(y: 2) } }");
}
