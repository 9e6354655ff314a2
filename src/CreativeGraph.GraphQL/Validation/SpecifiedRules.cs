using CreativeGraph.GraphQL.Validation.Rules;

namespace CreativeGraph.GraphQL.Validation;

/// <summary>The validation rules of spec §5, in the order the specification lists them.</summary>
internal static class SpecifiedRules
{
    /// <summary>The rules in spec order.</summary>
    public static IReadOnlyList<IValidationRule> All { get; } =
    [
        new ExecutableDefinitionsRule(),            // sec-Executable-Definitions
        new OperationTypeExistenceRule(),           // sec-Operation-Type-Existence
        new OperationNameUniquenessRule(),          // sec-Operation-Name-Uniqueness
        new LoneAnonymousOperationRule(),           // sec-Lone-Anonymous-Operation
        new SubscriptionSingleRootFieldRule(),      // sec-Single-Root-Field
        new FieldSelectionsRule(),                  // sec-Field-Selections
        new FieldSelectionMergingRule(),            // sec-Field-Selection-Merging
        new LeafFieldSelectionsRule(),              // sec-Leaf-Field-Selections
        new ArgumentNamesRule(),                    // sec-Argument-Names
        new ArgumentUniquenessRule(),               // sec-Argument-Uniqueness
        new RequiredArgumentsRule(),                // sec-Required-Arguments
        new FragmentNameUniquenessRule(),           // sec-Fragment-Name-Uniqueness
        new FragmentSpreadTypeExistenceRule(),      // sec-Fragment-Spread-Type-Existence
        new FragmentsOnCompositeTypesRule(),        // sec-Fragments-on-Object-Interface-or-Union-Types
        new FragmentsMustBeUsedRule(),              // sec-Fragments-Must-Be-Used
        new FragmentSpreadTargetDefinedRule(),      // sec-Fragment-Spread-Target-Defined
        new FragmentSpreadsMustNotFormCyclesRule(), // sec-Fragment-Spreads-Must-Not-Form-Cycles
        new FragmentSpreadIsPossibleRule(),         // sec-Fragment-Spread-Is-Possible
        new ValuesOfCorrectTypeRule(),              // sec-Values-of-Correct-Type
        new InputObjectFieldNamesRule(),            // sec-Input-Object-Field-Names
        new InputObjectFieldUniquenessRule(),       // sec-Input-Object-Field-Uniqueness
        new InputObjectRequiredFieldsRule(),        // sec-Input-Object-Required-Fields
        new DirectivesAreDefinedRule(),             // sec-Directives-Are-Defined
        new DirectivesAreInValidLocationsRule(),    // sec-Directives-Are-in-Valid-Locations
        new DirectivesAreUniquePerLocationRule(),   // sec-Directives-Are-Unique-per-Location
        new VariableUniquenessRule(),               // sec-Variable-Uniqueness
        new VariablesAreInputTypesRule(),           // sec-Variables-Are-Input-Types
        new AllVariableUsesDefinedRule(),           // sec-All-Variable-Uses-Defined
        new AllVariablesUsedRule(),                 // sec-All-Variables-Used
        new AllVariableUsagesAreAllowedRule(),      // sec-All-Variable-Usages-Are-Allowed
    ];

    /// <summary>
    /// The same rules in the order of graphql-js's <c>specifiedRules</c>, which the validator runs them in, so that
    /// the errors for one node come in graphql-js's order. Input Object Required Fields goes first of the three
    /// rules graphql-js checks in ValuesOfCorrectType, as graphql-js reports missing fields before OneOf errors.
    /// </summary>
    public static IReadOnlyList<IValidationRule> InReportOrder { get; } =
    [
        .. new[]
        {
            typeof(ExecutableDefinitionsRule),
            typeof(OperationTypeExistenceRule),
            typeof(OperationNameUniquenessRule),
            typeof(LoneAnonymousOperationRule),
            typeof(SubscriptionSingleRootFieldRule),
            typeof(FragmentSpreadTypeExistenceRule),
            typeof(FragmentsOnCompositeTypesRule),
            typeof(VariablesAreInputTypesRule),
            typeof(LeafFieldSelectionsRule),
            typeof(FieldSelectionsRule),
            typeof(FragmentNameUniquenessRule),
            typeof(FragmentSpreadTargetDefinedRule),
            typeof(FragmentsMustBeUsedRule),
            typeof(FragmentSpreadIsPossibleRule),
            typeof(FragmentSpreadsMustNotFormCyclesRule),
            typeof(VariableUniquenessRule),
            typeof(AllVariableUsesDefinedRule),
            typeof(AllVariablesUsedRule),
            typeof(DirectivesAreDefinedRule),
            typeof(DirectivesAreInValidLocationsRule),
            typeof(DirectivesAreUniquePerLocationRule),
            typeof(ArgumentNamesRule),
            typeof(ArgumentUniquenessRule),
            typeof(InputObjectRequiredFieldsRule),
            typeof(ValuesOfCorrectTypeRule),
            typeof(InputObjectFieldNamesRule),
            typeof(RequiredArgumentsRule),
            typeof(AllVariableUsagesAreAllowedRule),
            typeof(FieldSelectionMergingRule),
            typeof(InputObjectFieldUniquenessRule),
        }.Select(type => All.Single(rule => rule.GetType() == type)),
    ];

    /// <summary>
    /// The rules the incremental delivery RFC adds (graphql-js 17 order). They apply to requests delivered
    /// incrementally; elsewhere <c>@defer</c> and <c>@stream</c> are ignored and documents validate as in
    /// graphql-js 16, the reference of our conformance suite.
    /// </summary>
    public static IReadOnlyList<IValidationRule> Incremental { get; } =
    [
        new DeferStreamDirectiveOnRootFieldRule(),
        new DeferStreamDirectiveLabelRule(),
        new StreamDirectiveOnListFieldRule(),
    ];
}
