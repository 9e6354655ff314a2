namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>Enums, Type Validation: one or more values with unique names, none named true, false or null.</summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Enums.Type-Validation</remarks>
internal sealed class EnumValuesRule : ISchemaRule
{
    public void Validate(SchemaValidationContext context)
    {
        foreach (EnumType type in context.UserTypes.OfType<EnumType>())
        {
            if (type.Values.Count == 0)
            {
                context.ReportOn(type, TypeSystemMessages.NoEnumValues(type.Name));
            }

            HashSet<string> names = new(StringComparer.Ordinal);
            foreach (EnumValue value in type.Values)
            {
                if (!names.Add(value.Name))
                {
                    context.ReportOn(value, TypeSystemMessages.DuplicateEnumValue(type.Name, value.Name));
                }

                // Grammar: EnumValue : Name but not `true`, `false` or `null`.
                if (value.Name is "true" or "false" or "null")
                {
                    context.ReportOn(value, TypeSystemMessages.InvalidEnumValueName(type.Name, value.Name));
                }
            }
        }
    }
}
