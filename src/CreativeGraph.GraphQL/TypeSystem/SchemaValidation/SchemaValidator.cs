namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>Runs every type-system rule (spec §3, "Type Validation" clauses) and collects all violations.</summary>
internal static class SchemaValidator
{
    public static readonly ISchemaRule[] Rules =
    [
        new RootOperationTypesRule(),            // sec-Root-Operation-Types
        new ReservedNamesRule(),                 // sec-Reserved-Names
        new ObjectAndInterfaceFieldsRule(),      // sec-Objects.Type-Validation, sec-Interfaces.Type-Validation
        new InterfaceImplementationRule(),       // IsValidImplementation
        new UnionMemberTypesRule(),              // sec-Unions.Type-Validation
        new EnumValuesRule(),                    // sec-Enums.Type-Validation
        new InputObjectFieldsRule(),             // sec-Input-Objects.Type-Validation (1-2)
        new InputObjectCircularReferencesRule(), // sec-Input-Objects.Circular-References
        new InputObjectDefaultValueCycleRule(),  // InputObjectDefaultValueHasCycle()
        new DirectiveDefinitionsRule(),          // sec-Type-System.Directives.Type-Validation
        new AppliedDirectivesRule(),             // directives used in the schema are defined, placed and unique
    ];

    public static void Validate(SchemaValidationContext context)
    {
        foreach (ISchemaRule rule in Rules)
        {
            rule.Validate(context);
        }
    }
}
