namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// Objects / Interfaces, Type Validation 1-2: at least one field; unique field names; output field types;
/// the argument clauses (see <see cref="InputValueRules"/>).
/// </summary>
/// <remarks>
/// Spec: https://spec.graphql.org/September2025/#sec-Objects.Type-Validation and
/// https://spec.graphql.org/September2025/#sec-Interfaces.Type-Validation
/// </remarks>
internal sealed class ObjectAndInterfaceFieldsRule : ISchemaRule
{
    public void Validate(SchemaValidationContext context)
    {
        foreach (NamedType type in context.UserTypes)
        {
            if (type is not IComplexOutputType complex)
            {
                continue;
            }

            if (complex.Fields.Count == 0)
            {
                context.ReportOn(type, TypeSystemMessages.NoFields(type.Name));
            }

            HashSet<string> names = new(StringComparer.Ordinal);
            foreach (OutputField field in complex.Fields)
            {
                string coordinate = $"{type.Name}.{field.Name}";
                if (!names.Add(field.Name))
                {
                    context.ReportOn(field, TypeSystemMessages.DuplicateField(type.Name, field.Name));
                }

                if (!field.Type.IsOutputType())
                {
                    context.ReportOn(field, TypeSystemMessages.FieldNotOutputType(coordinate, field.Type.Print()));
                }

                InputValueRules.ValidateArguments(context, coordinate, field.Arguments);
            }
        }
    }
}
