namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// Reserved Names: no type, field, argument, input field, enum value or directive defined by the schema
/// may have a name beginning with "__" (two underscores); those names belong to introspection.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Reserved-Names</remarks>
internal sealed class ReservedNamesRule : ISchemaRule
{
    public void Validate(SchemaValidationContext context)
    {
        foreach (NamedType type in context.UserTypes)
        {
            Check(context, type, type.Name);
            switch (type)
            {
                case IComplexOutputType complex:
                    foreach (OutputField field in complex.Fields)
                    {
                        Check(context, field, field.Name);
                        CheckAll(context, field.Arguments);
                    }

                    break;
                case InputObjectType input:
                    CheckAll(context, input.Fields);
                    break;
                case EnumType enumType:
                    foreach (EnumValue value in enumType.Values)
                    {
                        Check(context, value, value.Name);
                    }

                    break;
            }
        }

        foreach (DirectiveDefinition directive in context.Directives.Where(d => !d.IsSpecified))
        {
            if (directive.Name.StartsWith("__", StringComparison.Ordinal))
            {
                context.Report(TypeSystemMessages.ReservedName(directive.Name), directive.SyntaxNode?.Name.Location);
            }

            CheckAll(context, directive.Arguments);
        }
    }

    private static void CheckAll(SchemaValidationContext context, FieldCollection<InputValue> values)
    {
        foreach (InputValue value in values)
        {
            Check(context, value, value.Name);
        }
    }

    private static void Check(SchemaValidationContext context, object member, string name)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            context.ReportOn(member, TypeSystemMessages.ReservedName(name));
        }
    }
}
