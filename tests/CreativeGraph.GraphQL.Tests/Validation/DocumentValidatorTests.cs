using System.Text;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.Validation;
using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    // The hostile documents exceed the parser's default token limit on purpose.
    private static readonly ParserOptions s_parserOptions = new() { MaxTokens = 1_000_000 };

    private static IReadOnlyList<GraphQLError> Validate(string document, ValidationOptions? options = null) =>
        DocumentValidator.Validate(SpecExampleSchema.Instance, Parser.Parse(document, s_parserOptions), options);

    [Fact]
    public void Lists_one_rule_per_spec_rule_in_spec_order()
    {
        Assert.Equal(
            [
                typeof(ExecutableDefinitionsRule), typeof(OperationTypeExistenceRule), typeof(OperationNameUniquenessRule),
                typeof(LoneAnonymousOperationRule), typeof(SubscriptionSingleRootFieldRule), typeof(FieldSelectionsRule),
                typeof(FieldSelectionMergingRule), typeof(LeafFieldSelectionsRule), typeof(ArgumentNamesRule),
                typeof(ArgumentUniquenessRule), typeof(RequiredArgumentsRule), typeof(FragmentNameUniquenessRule),
                typeof(FragmentSpreadTypeExistenceRule), typeof(FragmentsOnCompositeTypesRule), typeof(FragmentsMustBeUsedRule),
                typeof(FragmentSpreadTargetDefinedRule), typeof(FragmentSpreadsMustNotFormCyclesRule), typeof(FragmentSpreadIsPossibleRule),
                typeof(ValuesOfCorrectTypeRule), typeof(InputObjectFieldNamesRule), typeof(InputObjectFieldUniquenessRule),
                typeof(InputObjectRequiredFieldsRule), typeof(DirectivesAreDefinedRule), typeof(DirectivesAreInValidLocationsRule),
                typeof(DirectivesAreUniquePerLocationRule), typeof(VariableUniquenessRule), typeof(VariablesAreInputTypesRule),
                typeof(AllVariableUsesDefinedRule), typeof(AllVariablesUsedRule), typeof(AllVariableUsagesAreAllowedRule),
            ],
            SpecifiedRules.All.Select(r => r.GetType()));
    }

    [Fact]
    public void Runs_the_same_rules_in_graphql_js_order() =>
        Assert.Equal(
            SpecifiedRules.All.OrderBy(r => r.GetType().Name),
            SpecifiedRules.InReportOrder.OrderBy(r => r.GetType().Name));

    [Fact]
    public void Reports_cycles_where_the_fragment_starts_and_variables_where_the_operation_ends()
    {
        IReadOnlyList<GraphQLError> errors = Validate(
            """
            query A($a: Int) { dog { ...F } }
            fragment F on Dog { ...G unknownOne }
            fragment G on Dog { ...F unknownTwo }
            query B { dog { unknownThree } }
            """);

        Assert.Equal(
            [
                "Variable \"$a\" is never used in operation \"A\".",
                "Cannot spread fragment \"F\" within itself via \"G\".",
                "Cannot query field \"unknownOne\" on type \"Dog\".",
                "Cannot query field \"unknownTwo\" on type \"Dog\".",
                "Cannot query field \"unknownThree\" on type \"Dog\".",
            ],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void Accepts_a_document_that_uses_every_kind_of_node()
    {
        IReadOnlyList<GraphQLError> errors = Validate(
            """
            query Q($atOtherHomes: Boolean = true, $search: FindDogInput, $skip: Boolean!) {
              __typename
              __schema { queryType { name } }
              __type(name: "Dog") { name }
              dog @skip(if: $skip) {
                ...DogFields
                ... on Pet { name }
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
              findDog(searchBy: $search) { name }
              catOrDog { __typename ... on Cat { meowVolume } }
              arguments { multipleRequirements(x: 1, y: 2) booleanListArgField(booleanListArg: [true, null]) }
            }

            mutation M($cat: CatInput!) {
              addPet(pet: { cat: $cat }) { name }
              addPets(pets: [{ dog: { name: "Rex" } }]) { name }
            }

            subscription S { newMessage { body } }

            fragment DogFields on Dog {
              name
              doesKnowCommand(dogCommand: SIT)
              owner { name pets { name } }
            }
            """);

        Assert.Empty(errors);
    }

    [Fact]
    public void Reports_errors_of_every_rule_in_one_walk_in_graphql_js_order_with_code_and_spec_link()
    {
        IReadOnlyList<GraphQLError> errors = Validate(
            """
            query Q($unused: Int) { dog { unknown ...Missing } }
            query Q { dog { name: nickname name } }
            """);

        Assert.Equal(
            [
                "Cannot query field \"unknown\" on type \"Dog\".",
                "Unknown fragment \"Missing\".",
                "Variable \"$unused\" is never used in operation \"Q\".",
                "There can be only one operation named \"Q\".",
                "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
            ],
            errors.Select(e => e.Message));
        Assert.All(errors, e =>
        {
            Assert.NotNull(e.Code);
            Assert.StartsWith("https://spec.graphql.org/September2025/#sec-", (string)e.Extensions!["specifiedBy"]!);
        });
    }

    [Fact]
    public void Stops_at_the_error_limit()
    {
        StringBuilder document = new("{ dog {");
        for (int i = 0; i < 500; i++)
        {
            document.Append(" unknown").Append(i);
        }

        IReadOnlyList<GraphQLError> errors = Validate(document.Append(" } }").ToString(), new ValidationOptions { MaxErrors = 50 });

        Assert.Equal(51, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.Equal(ErrorCodes.ValidationTooManyErrors, errors[^1].Code);
    }

    [Fact]
    public void Validates_ten_thousand_aliases_of_one_field()
    {
        StringBuilder document = new("{ dog {");
        for (int i = 0; i < 10_000; i++)
        {
            document.Append(" a").Append(i).Append(": name");
        }

        Assert.Empty(Validate(document.Append(" } }").ToString()));
    }

    [Fact]
    public void Validates_ten_thousand_copies_of_one_field_and_of_one_alias()
    {
        StringBuilder document = new("{ dog {");
        for (int i = 0; i < 10_000; i++)
        {
            document.Append(" name same: barkVolume");
        }

        Assert.Empty(Validate(document.Append(" } }").ToString()));
    }

    [Fact]
    public void Bounds_the_errors_of_thousands_of_conflicting_aliases()
    {
        StringBuilder document = new("{ dog {");
        for (int i = 0; i < 5_000; i++)
        {
            document.Append(" x: name x: nickname");
        }

        IReadOnlyList<GraphQLError> errors = Validate(document.Append(" } }").ToString());

        // Copies of one selection are compared once: one conflict between the two distinct selections.
        GraphQLError error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.ValidationFieldSelectionsConflict, error.Code);
    }

    [Fact]
    public void Validates_thousands_of_copies_of_a_field_with_subselections()
    {
        StringBuilder document = new("{");
        for (int i = 0; i < 3_000; i++)
        {
            document.Append(" dog { name ...F }");
        }

        document.Append(" }\nfragment F on Dog {");
        for (int i = 0; i < 3_000; i++)
        {
            document.Append(" name owner { name }");
        }

        Assert.Empty(Validate(document.Append(" }").ToString()));
    }

    [Fact]
    public void Validates_a_long_chain_of_nested_fragments()
    {
        const int Depth = 1_000;
        StringBuilder document = new("{ dog { ...F0 } }\n");
        for (int i = 0; i < Depth; i++)
        {
            document.Append("fragment F").Append(i).Append(" on Dog { name ");
            if (i + 1 < Depth)
            {
                document.Append("...F").Append(i + 1).Append(' ');
            }

            document.Append("}\n");
        }

        Assert.Empty(Validate(document.ToString()));
    }

    [Fact]
    public void Bounds_the_errors_of_fragments_spreading_each_other_many_times()
    {
        StringBuilder document = new("{ dog { ...F0 } }\n");
        for (int i = 0; i < 50; i++)
        {
            document.Append("fragment F").Append(i).Append(" on Dog {");
            for (int j = 0; j < 50; j++)
            {
                document.Append(" ...F").Append(j);
            }

            document.Append(" x: name }\n");
        }

        IReadOnlyList<GraphQLError> errors = Validate(document.ToString());

        Assert.InRange(errors.Count, 1, 101);
        Assert.All(errors.SkipLast(1), e => Assert.Equal(ErrorCodes.ValidationFragmentSpreadCycle, e.Code));
    }
}
