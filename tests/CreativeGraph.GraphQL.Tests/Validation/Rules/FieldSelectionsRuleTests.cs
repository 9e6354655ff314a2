using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation.Rules;

public sealed class FieldSelectionsRuleTests() : RuleTests(new FieldSelectionsRule(), "sec-Field-Selections")
{
    [Fact]
    public void Rejects_fields_not_defined_on_the_type_even_behind_an_alias() => ExpectErrors(
        """
        fragment fieldNotDefined on Dog {
          meowVolume
        }

        fragment aliasedLyingFieldTargetNotDefined on Dog {
          barkVolume: kawVolume
        }
        """,
        Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)),
        Error("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (6, 3)));

    [Fact]
    public void Accepts_interface_fields_on_an_interface() => ExpectValid(
        """
        fragment interfaceFieldSelection on Pet {
          name
        }
        """);

    [Fact]
    public void Rejects_fields_of_implementers_on_an_interface() => ExpectErrors(
        """
        fragment definedOnImplementersButNotInterface on Pet {
          nickname
        }
        """,
        Error("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (2, 3)));

    [Fact]
    public void Accepts_typename_and_fragments_on_a_union() => ExpectValid(
        """
        fragment inDirectFieldSelectionOnUnion on CatOrDog {
          __typename
          ... on Pet {
            name
          }
          ... on Dog {
            barkVolume
          }
        }
        """);

    [Fact]
    public void Rejects_direct_field_selections_on_a_union() => ExpectErrors(
        """
        fragment directFieldSelectionOnUnion on CatOrDog {
          name
          barkVolume
        }
        """,
        Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Cat\", or \"Dog\"?", (2, 3)),
        Error("Cannot query field \"barkVolume\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Dog\"?", (3, 3)));

    [Fact]
    public void Accepts_typename_on_objects_and_interfaces() => ExpectValid(
        "{ __typename dog { __typename } pet { __typename } }");

    [Fact]
    public void Suggests_nothing_for_a_name_unlike_any_field() => ExpectErrors(
        "{ dog { unknownThing } }",
        Error("Cannot query field \"unknownThing\" on type \"Dog\".", (1, 9)));

    [Fact]
    public void Does_not_judge_selections_below_an_unknown_field() => ExpectErrors(
        "{ unknown { name } }",
        Error("Cannot query field \"unknown\" on type \"Query\".", (1, 3)));

    [Fact]
    public void Accepts_schema_and_type_only_on_the_query_type() => ExpectErrors(
        """{ __schema { queryType { name } } __type(name: "Dog") { name } dog { __schema { queryType { name } } } }""",
        Error("Cannot query field \"__schema\" on type \"Dog\".", (1, 70)));

    [Fact]
    public void Never_suggests_meta_fields() => ExpectErrors(
        "{ schema }",
        Error("Cannot query field \"schema\" on type \"Query\".", (1, 3)));
}
