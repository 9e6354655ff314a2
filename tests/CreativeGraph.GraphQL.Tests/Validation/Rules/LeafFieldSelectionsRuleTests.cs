using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class LeafFieldSelectionsRuleTests() : RuleTests(new LeafFieldSelectionsRule(), "sec-Leaf-Field-Selections")
{
    [Fact]
    public void Accepts_a_scalar_field_without_selection() => ExpectValid(
        """
        fragment scalarSelection on Dog {
          barkVolume
        }
        """);

    [Fact]
    public void Rejects_a_selection_on_a_scalar_field() => ExpectErrors(
        """
        fragment scalarSelectionsNotAllowedOnInt on Dog {
          barkVolume {
            sinceWhen
          }
        }
        """,
        Error("Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields.", (2, 14)));

    [Fact]
    public void Rejects_composite_fields_without_selection() => ExpectErrors(
        """
        query directQueryOnObjectWithoutSubFields {
          human
        }

        query directQueryOnInterfaceWithoutSubFields {
          pet
        }

        query directQueryOnUnionWithoutSubFields {
          catOrDog
        }
        """,
        Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (2, 3)),
        Error("Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"?", (6, 3)),
        Error("Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"?", (10, 3)));

    [Fact]
    public void Accepts_a_composite_field_with_selection() => ExpectValid(
        """
        query directQueryOnObjectWithSubFields {
          human {
            name
          }
        }
        """);

    [Fact]
    public void Prints_wrapped_types_in_full() => ExpectErrors(
        """
        { human { pets } dog { doesKnowCommand(dogCommand: SIT) { x } } }
        """,
        Error("Field \"pets\" of type \"[Pet!]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (1, 11)),
        Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean!\" has no subfields.", (1, 57)));
}
