
namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// The argument clauses shared by fields and directives (spec #sec-Objects.Type-Validation 2.4 and
/// #sec-Type-System.Directives.Type-Validation 5): unique names, input types, required arguments not
/// deprecated, default values of the argument's type.
/// </summary>
internal static class InputValueRules
{
    /// <param name="owner">The coordinate of the field (<c>Type.field</c>) or directive (<c>@name</c>).</param>
    public static void ValidateArguments(SchemaValidationContext context, string owner, FieldCollection<InputValue> arguments)
    {
        HashSet<string> names = new(StringComparer.Ordinal);
        foreach (InputValue argument in arguments)
        {
            string coordinate = $"{owner}({argument.Name}:)";
            if (!names.Add(argument.Name))
            {
                context.ReportOn(argument, TypeSystemMessages.DuplicateArgument(owner, argument.Name));
            }

            if (!argument.Type.IsInputType())
            {
                context.ReportOn(argument, TypeSystemMessages.ArgumentNotInputType(coordinate, argument.Type.Print()));
                continue;
            }

            if (IsRequired(argument) && argument.IsDeprecated)
            {
                context.ReportOn(argument, TypeSystemMessages.RequiredArgumentDeprecated(coordinate));
            }

            ValidateDefaultValue(context, argument, coordinate);
        }
    }

    /// <summary>Spec: "If the argument has a default value it must be compatible with argumentType."</summary>
    public static void ValidateDefaultValue(SchemaValidationContext context, InputValue value, string coordinate)
    {
        if (value.DefaultValueLiteral is { } literal && !InputLiterals.IsValid(literal, value.Type, out string? reason))
        {
            context.ReportOn(value, TypeSystemMessages.InvalidDefaultValue(coordinate, reason!));
        }
    }

    /// <summary>Required: a Non-Null type without a default value.</summary>
    public static bool IsRequired(InputValue value) => value.Type is NonNullType && !value.HasDefaultValue;
}
