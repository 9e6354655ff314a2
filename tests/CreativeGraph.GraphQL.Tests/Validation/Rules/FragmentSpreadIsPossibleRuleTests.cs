using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class FragmentSpreadIsPossibleRuleTests() : RuleTests(new FragmentSpreadIsPossibleRule(), "sec-Fragment-Spread-Is-Possible")
{
    [Fact]
    public void Accepts_an_object_spread_in_the_same_object_scope() => ExpectValid(
        """
        fragment dogFragment on Dog {
          ... on Dog {
            barkVolume
          }
        }
        """);

    [Fact]
    public void Rejects_an_object_spread_in_another_object_scope() => ExpectErrors(
        """
        fragment catInDogFragmentInvalid on Dog {
          ... on Cat {
            meowVolume
          }
        }
        """,
        Error("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", (2, 3)));

    [Fact]
    public void Accepts_abstract_spreads_in_object_scope() => ExpectValid(
        """
        fragment petNameFragment on Pet {
          name
        }

        fragment interfaceWithinObjectFragment on Dog {
          ...petNameFragment
        }

        fragment catOrDogNameFragment on CatOrDog {
          ... on Cat {
            meowVolume
          }
        }

        fragment unionWithObjectFragment on Dog {
          ...catOrDogNameFragment
        }
        """);

    [Fact]
    public void Accepts_object_spreads_in_abstract_scope() => ExpectValid(
        """
        fragment petFragment on Pet {
          name
          ... on Dog {
            barkVolume
          }
        }

        fragment catOrDogFragment on CatOrDog {
          ... on Cat {
            meowVolume
          }
        }
        """);

    [Fact]
    public void Rejects_object_spreads_outside_the_abstract_scope() => ExpectErrors(
        """
        fragment sentientFragment on Sentient {
          ... on Dog {
            barkVolume
          }
        }

        fragment humanOrAlienFragment on HumanOrAlien {
          ... on Cat {
            meowVolume
          }
        }
        """,
        Error("Fragment cannot be spread here as objects of type \"Sentient\" can never be of type \"Dog\".", (2, 3)),
        Error("Fragment cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Cat\".", (8, 3)));

    [Fact]
    public void Accepts_abstract_spreads_in_abstract_scope_that_intersect() => ExpectValid(
        """
        fragment unionWithInterface on Pet {
          ...dogOrHumanFragment
        }

        fragment dogOrHumanFragment on DogOrHuman {
          ... on Dog {
            barkVolume
          }
        }
        """);

    [Fact]
    public void Rejects_abstract_spreads_in_abstract_scope_that_do_not_intersect() => ExpectErrors(
        """
        fragment nonIntersectingInterfaces on Pet {
          ...sentientFragment
        }

        fragment sentientFragment on Sentient {
          name
        }
        """,
        Error("Fragment \"sentientFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Sentient\".", (2, 3)));

    [Fact]
    public void Accepts_an_interface_spread_in_an_implemented_interface_scope() => ExpectValid(
        """
        fragment interfaceWithInterface on Node {
          ...resourceFragment
        }

        fragment resourceFragment on Resource {
          url
        }
        """);

    private protected override Schema Schema => s_schema;

    private static readonly Schema s_schema = SpecExampleSchema.Build(
        """

        interface Node { id: ID! }
        interface Resource implements Node { id: ID! url: String }
        type Document implements Node & Resource { id: ID! url: String }
        """);
}
