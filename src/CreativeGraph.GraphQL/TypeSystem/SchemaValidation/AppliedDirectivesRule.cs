using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// Directives applied in the schema (the type-system counterparts of #sec-Directives-Are-Defined,
/// #sec-Directives-Are-In-Valid-Locations, #sec-Directives-Are-Unique-Per-Location and the argument
/// rules): each is defined, allowed at its location, used once unless repeatable, with known,
/// required and correctly typed arguments.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Type-System.Directives</remarks>
internal sealed class AppliedDirectivesRule : ISchemaRule
{
    public void Validate(SchemaValidationContext context)
    {
        Dictionary<string, DirectiveDefinition> byName = context.Directives.ToDictionary(d => d.Name, StringComparer.Ordinal);
        Check(context, byName, context.SchemaDirectives, DirectiveLocation.Schema);
        foreach (NamedType type in context.UserTypes)
        {
            Check(context, byName, type.Directives, TypeKinds.DirectiveLocation(type.Kind));
            switch (type)
            {
                case IComplexOutputType complex:
                    foreach (OutputField field in complex.Fields)
                    {
                        Check(context, byName, field.Directives, DirectiveLocation.FieldDefinition);
                        CheckAll(context, byName, field.Arguments, DirectiveLocation.ArgumentDefinition);
                    }

                    break;
                case InputObjectType input:
                    CheckAll(context, byName, input.Fields, DirectiveLocation.InputFieldDefinition);
                    break;
                case EnumType enumType:
                    foreach (EnumValue value in enumType.Values)
                    {
                        Check(context, byName, value.Directives, DirectiveLocation.EnumValue);
                    }

                    break;
            }
        }

        foreach (DirectiveDefinition directive in context.Directives.Where(d => !d.IsSpecified))
        {
            CheckAll(context, byName, directive.Arguments, DirectiveLocation.ArgumentDefinition);
        }
    }

    private static void CheckAll(SchemaValidationContext context, Dictionary<string, DirectiveDefinition> byName, FieldCollection<InputValue> values, DirectiveLocation location)
    {
        foreach (InputValue value in values)
        {
            Check(context, byName, value.Directives, location);
        }
    }

    private static void Check(SchemaValidationContext context, Dictionary<string, DirectiveDefinition> byName, IReadOnlyList<DirectiveNode> applied, DirectiveLocation location)
    {
        HashSet<string> seen = new(StringComparer.Ordinal);
        foreach (DirectiveNode node in applied)
        {
            string name = node.Name.Value;
            if (!byName.TryGetValue(name, out DirectiveDefinition? definition))
            {
                context.Report(TypeSystemMessages.UnknownDirective(name), node);
                continue;
            }

            if (!definition.Locations.Contains(location))
            {
                context.Report(TypeSystemMessages.MisplacedDirective(name, DirectiveLocations.ToName(location)), node);
            }

            if (!seen.Add(name) && !definition.IsRepeatable)
            {
                context.Report(TypeSystemMessages.DuplicateDirectiveUse(name), node);
            }

            CheckArguments(context, definition, node);
        }
    }

    private static void CheckArguments(SchemaValidationContext context, DirectiveDefinition definition, DirectiveNode node)
    {
        foreach (ArgumentNode argument in node.Arguments)
        {
            if (!definition.Arguments.TryGetField(argument.Name.Value, out InputValue? argumentDefinition))
            {
                context.Report(TypeSystemMessages.UnknownDirectiveArgument(definition.Name, argument.Name.Value), argument);
            }
            else if (!InputLiterals.IsValid(argument.Value, argumentDefinition.Type, out _))
            {
                context.Report(TypeSystemMessages.InvalidDirectiveArgument(definition.Name, argument.Name.Value, SyntaxPrinter.Print(argument.Value)), argument);
            }
        }

        foreach (InputValue argumentDefinition in definition.Arguments)
        {
            if (InputValueRules.IsRequired(argumentDefinition) && !node.Arguments.Any(a => a.Name.Value == argumentDefinition.Name))
            {
                context.Report(TypeSystemMessages.MissingDirectiveArgument(definition.Name, argumentDefinition.Name, argumentDefinition.Type.Print()), node);
            }
        }
    }
}
