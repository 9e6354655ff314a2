using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class DirectivesAreInValidLocationsRuleTests() : RuleTests(new DirectivesAreInValidLocationsRule(), "sec-Directives-Are-in-Valid-Locations")
{
    [Fact]
    public void Rejects_skip_on_a_query() => ExpectErrors(
        """
        query @skip(if: $foo) {
          field
        }
        """,
        Error("Directive \"@skip\" may not be used on QUERY.", (1, 7)));

    [Fact]
    public void Accepts_skip_and_include_on_fields_and_fragments() => ExpectValid(
        """
        { dog @skip(if: true) { ...F @include(if: true) ... @skip(if: false) { name } } }
        fragment F on Dog { name }
        """);

    [Fact]
    public void Names_every_executable_location() => ExpectErrors(
        """
        query Q($v: Boolean @include(if: true)) { dog { name } }
        mutation M @skip(if: true) { mutateDog { name } }
        subscription S @include(if: true) { newMessage { body } }
        fragment F on Dog @skip(if: true) { name }
        """,
        Error("Directive \"@include\" may not be used on VARIABLE_DEFINITION.", (1, 21)),
        Error("Directive \"@skip\" may not be used on MUTATION.", (2, 12)),
        Error("Directive \"@include\" may not be used on SUBSCRIPTION.", (3, 16)),
        Error("Directive \"@skip\" may not be used on FRAGMENT_DEFINITION.", (4, 19)));

    [Fact]
    public void Rejects_a_type_system_directive_on_a_field() => ExpectErrors(
        "{ dog @deprecated { name } }",
        Error("Directive \"@deprecated\" may not be used on FIELD.", (1, 7)));
}
