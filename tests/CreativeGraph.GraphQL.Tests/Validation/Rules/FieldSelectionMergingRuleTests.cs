using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class FieldSelectionMergingRuleTests() : RuleTests(new FieldSelectionMergingRule(), "sec-Field-Selection-Merging")
{
    private const string UseAliases = " Use different aliases on the fields to fetch both if this was intentional.";

    [Fact]
    public void Merges_identical_fields_and_aliases() => ExpectValid(
        """
        fragment mergeIdenticalFields on Dog {
          name
          name
        }

        fragment mergeIdenticalAliasesAndFields on Dog {
          otherName: name
          otherName: name
        }
        """);

    [Fact]
    public void Rejects_an_alias_that_names_a_different_field() => ExpectErrors(
        """
        fragment conflictingBecauseAlias on Dog {
          name: nickname
          name
        }
        """,
        Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields." + UseAliases, (2, 3), (3, 3)));

    [Fact]
    public void Merges_identical_arguments_and_variables() => ExpectValid(
        """
        fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: SIT)
        }

        fragment mergeIdenticalFieldsWithIdenticalValues on Dog {
          doesKnowCommand(dogCommand: $dogCommand)
          doesKnowCommand(dogCommand: $dogCommand)
        }
        """);

    [Fact]
    public void Rejects_differing_arguments() => ExpectErrors(
        """
        fragment conflictingArgsOnValues on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: HEEL)
        }

        fragment conflictingArgsValueAndVar on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: $dogCommand)
        }

        fragment conflictingArgsWithVars on Dog {
          doesKnowCommand(dogCommand: $varOne)
          doesKnowCommand(dogCommand: $varTwo)
        }

        fragment differingArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand
        }
        """,
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments." + UseAliases, (2, 3), (3, 3)),
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments." + UseAliases, (7, 3), (8, 3)),
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments." + UseAliases, (12, 3), (13, 3)),
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments." + UseAliases, (17, 3), (18, 3)));

    [Fact]
    public void Accepts_differing_fields_and_arguments_on_distinct_object_types() => ExpectValid(
        """
        fragment safeDifferingFields on Pet {
          ... on Dog {
            volume: barkVolume
          }
          ... on Cat {
            volume: meowVolume
          }
        }

        fragment safeDifferingArgs on Pet {
          ... on Dog {
            doesKnowCommand(dogCommand: SIT)
          }
          ... on Cat {
            doesKnowCommand(catCommand: JUMP)
          }
        }
        """);

    [Fact]
    public void Rejects_differing_leaf_types_even_on_distinct_object_types() => ExpectErrors(
        """
        fragment conflictingDifferingResponses on Pet {
          ... on Dog {
            someValue: nickname
          }
          ... on Cat {
            someValue: meowVolume
          }
        }
        """,
        Error("Fields \"someValue\" conflict because they return conflicting types \"String\" and \"Int\"." + UseAliases, (3, 5), (6, 5)));

    [Fact]
    public void Reports_conflicting_subfields_with_every_involved_field() => ExpectErrors(
        "{ dog { x: name } dog { x: nickname } }",
        Error("Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields." + UseAliases, (1, 3), (1, 9), (1, 19), (1, 25)));

    [Fact]
    public void Finds_conflicts_between_fragments() => ExpectErrors(
        """
        { dog { ...A ...B } }
        fragment A on Dog { x: name }
        fragment B on Dog { x: nickname }
        """,
        Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields." + UseAliases, (2, 21), (3, 21)));

    [Fact]
    public void Finds_conflicts_between_fields_and_nested_fragments() => ExpectErrors(
        """
        { dog { x: barkVolume ...A } }
        fragment A on Dog { ...B }
        fragment B on Dog { x: name }
        """,
        Error("Fields \"x\" conflict because \"barkVolume\" and \"name\" are different fields." + UseAliases, (1, 9), (3, 21)));

    [Fact]
    public void Rejects_differing_nullability_on_distinct_object_types() => ExpectErrors(
        "{ pet { ... on Dog { name } ... on Cat { name: nickname } } }",
        Error("Fields \"name\" conflict because they return conflicting types \"String!\" and \"String\"." + UseAliases, (1, 22), (1, 42)));

    [Fact]
    public void Compares_different_fields_first_when_parents_may_overlap() => ExpectErrors(
        "{ human { pets { name } } ... on Query { human { pets: name } } }",
        Error("Fields \"human\" conflict because subfields \"pets\" conflict because \"pets\" and \"name\" are different fields." + UseAliases, (1, 3), (1, 11), (1, 42), (1, 50)));

    [Fact]
    public void Compares_object_arguments_regardless_of_field_order() => ExpectValid(
        "{ a: findDog(searchBy: { name: \"x\", owner: \"y\" }) { name } a: findDog(searchBy: { owner: \"y\", name: \"x\" }) { name } }");

    [Fact]
    public void Rejects_object_arguments_with_different_values() => ExpectErrors(
        "{ a: findDog(searchBy: { name: \"x\", owner: \"y\" }) { name } a: findDog(searchBy: { owner: \"y\", name: \"z\" }) { name } }",
        Error("Fields \"a\" conflict because they have differing arguments." + UseAliases, (1, 3), (1, 60)));

    [Fact]
    public void Does_not_loop_on_recursive_fragments() => ExpectValid(
        """
        { dog { ...A } }
        fragment A on Dog { name ...B }
        fragment B on Dog { name ...A }
        """);
}
