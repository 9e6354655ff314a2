namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// Objects / Interfaces, Type Validation 3-4 and IsValidImplementation: unique implemented interfaces, no
/// self-implementation, transitive interfaces declared, every interface field present with a covariant
/// type, invariant argument types, no extra required arguments, and deprecation only where the
/// interface field is deprecated.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#IsValidImplementation()</remarks>
internal sealed class InterfaceImplementationRule : ISchemaRule
{
    public void Validate(SchemaValidationContext context)
    {
        foreach (NamedType type in context.UserTypes)
        {
            if (type is not IComplexOutputType implementing)
            {
                continue;
            }

            HashSet<InterfaceType> seen = [];
            foreach (InterfaceType iface in implementing.Interfaces)
            {
                if (ReferenceEquals(iface, type))
                {
                    context.ReportOn(type, TypeSystemMessages.SelfImplementation(type.Name));
                    continue;
                }

                if (!seen.Add(iface))
                {
                    context.ReportOn(type, TypeSystemMessages.DuplicateInterface(type.Name, iface.Name));
                    continue;
                }

                ValidateTransitiveInterfaces(context, type, implementing, iface);
                ValidateFields(context, implementing, iface);
            }
        }
    }

    // IsValidImplementation 1: "If implementedType declares it implements any interfaces, type must also declare it implements those interfaces."
    private static void ValidateTransitiveInterfaces(SchemaValidationContext context, NamedType type, IComplexOutputType implementing, InterfaceType iface)
    {
        foreach (InterfaceType transitive in iface.Interfaces)
        {
            if (!implementing.Interfaces.Contains(transitive))
            {
                context.ReportOn(type, ReferenceEquals(transitive, type)
                    ? TypeSystemMessages.SelfImplementation(type.Name)
                    : TypeSystemMessages.MissingTransitiveInterface(type.Name, transitive.Name, iface.Name));
            }
        }
    }

    // IsValidImplementation 2.
    private static void ValidateFields(SchemaValidationContext context, IComplexOutputType type, InterfaceType iface)
    {
        foreach (OutputField ifaceField in iface.Fields)
        {
            if (!type.Fields.TryGetField(ifaceField.Name, out OutputField? field))
            {
                context.ReportOn(type, TypeSystemMessages.MissingInterfaceField(iface.Name, ifaceField.Name, type.Name));
                continue;
            }

            if (!TypeComparison.IsValidImplementationFieldType(field.Type, ifaceField.Type))
            {
                context.ReportOn(field, TypeSystemMessages.InterfaceFieldTypeMismatch(iface.Name, field.Name, ifaceField.Type.Print(), type.Name, field.Type.Print()));
            }

            foreach (InputValue ifaceArgument in ifaceField.Arguments)
            {
                if (!field.Arguments.TryGetField(ifaceArgument.Name, out InputValue? argument))
                {
                    context.ReportOn(field, TypeSystemMessages.MissingInterfaceArgument(iface.Name, field.Name, ifaceArgument.Name, type.Name));
                }
                else if (!TypeComparison.AreEqual(argument.Type, ifaceArgument.Type))
                {
                    context.ReportOn(argument, TypeSystemMessages.InterfaceArgumentTypeMismatch(
                        iface.Name, field.Name, argument.Name, ifaceArgument.Type.Print(), type.Name, argument.Type.Print()));
                }
            }

            foreach (InputValue argument in field.Arguments)
            {
                if (!ifaceField.Arguments.ContainsField(argument.Name) && InputValueRules.IsRequired(argument))
                {
                    context.ReportOn(argument, TypeSystemMessages.AdditionalRequiredArgument(type.Name, field.Name, argument.Name, argument.Type.Print(), iface.Name));
                }
            }

            if (field.IsDeprecated && !ifaceField.IsDeprecated)
            {
                context.ReportOn(field, TypeSystemMessages.DeprecatedImplementationField(type.Name, field.Name, iface.Name));
            }
        }
    }
}
