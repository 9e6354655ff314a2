namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// Input Objects, Type Validation 1-2: one or more uniquely named fields of input types; required
/// fields not deprecated; default values of the field's type; OneOf fields nullable and without defaults.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Input-Objects.Type-Validation</remarks>
internal sealed class InputObjectFieldsRule : ISchemaRule
{
    public void Validate(SchemaValidationContext context)
    {
        foreach (InputObjectType type in context.UserTypes.OfType<InputObjectType>())
        {
            if (type.Fields.Count == 0)
            {
                context.ReportOn(type, TypeSystemMessages.NoInputFields(type.Name));
            }

            HashSet<string> names = new(StringComparer.Ordinal);
            foreach (InputValue field in type.Fields)
            {
                string coordinate = $"{type.Name}.{field.Name}";
                if (!names.Add(field.Name))
                {
                    context.ReportOn(field, TypeSystemMessages.DuplicateInputField(type.Name, field.Name));
                }

                if (!field.Type.IsInputType())
                {
                    context.ReportOn(field, TypeSystemMessages.InputFieldNotInputType(coordinate, field.Type.Print()));
                    continue;
                }

                if (InputValueRules.IsRequired(field) && field.IsDeprecated)
                {
                    context.ReportOn(field, TypeSystemMessages.RequiredInputFieldDeprecated(coordinate));
                }

                // Spec #sec-OneOf-Input-Objects: every member field nullable, none with a default.
                if (type.IsOneOf && field.Type is NonNullType)
                {
                    context.ReportOn(field, TypeSystemMessages.OneOfFieldNotNullable(coordinate));
                }

                if (type.IsOneOf && field.HasDefaultValue)
                {
                    context.ReportOn(field, TypeSystemMessages.OneOfFieldWithDefault(coordinate));
                }

                InputValueRules.ValidateDefaultValue(context, field, coordinate);
            }
        }
    }
}
