using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>CoerceArgumentValues (spec #sec-Coercing-Field-Arguments); failures are execution errors (HC0016).</summary>
internal static class ArgumentCoercion
{
    public static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>(0);

    public static IReadOnlyDictionary<string, object?> Coerce(
        FieldCollection<InputValue> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?>? variables,
        out GraphQLError? error)
    {
        error = null;
        if (definitions.Count == 0)
        {
            return Empty;
        }

        Dictionary<string, object?> coercedValues = new(definitions.Count, StringComparer.Ordinal);
        foreach (InputValue definition in definitions)
        {
            ArgumentNode? argument = Find(arguments, definition.Name);
            bool hasValue = argument is not null;
            object? value = null;
            if (argument?.Value is VariableNode variable)
            {
                hasValue = variables is not null && variables.TryGetValue(variable.Name.Value, out value);
            }

            if (!hasValue && definition.HasDefaultValue)
            {
                coercedValues[definition.Name] = ValueCoercion.GetDefaultValue(definition);
            }
            else if (definition.Type.IsNonNull()
                && (!hasValue || (argument!.Value is VariableNode ? value is null : argument.Value is NullValueNode)))
            {
                error = Fail(
                    hasValue ? ExecutionMessages.ArgumentNonNull(definition.Name, definition.Type) : ExecutionMessages.ArgumentRequired(definition.Name, definition.Type),
                    argument);
                return Empty;
            }
            else if (hasValue)
            {
                if (argument!.Value is VariableNode)
                {
                    coercedValues[definition.Name] = value;
                }
                else if (ValueCoercion.TryCoerceLiteral(definition.Type, argument.Value, variables, out object? coerced))
                {
                    coercedValues[definition.Name] = coerced;
                }
                else
                {
                    error = Fail(ExecutionMessages.ArgumentInvalid(definition.Name, SyntaxPrinter.Print(argument.Value)), argument);
                    return Empty;
                }
            }
        }

        return coercedValues;
    }

    /// <summary>True when a value literal refers to a variable anywhere inside it.</summary>
    public static bool UsesVariables(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(UsesVariables),
        ObjectValueNode obj => obj.Fields.Any(f => UsesVariables(f.Value)),
        _ => false,
    };

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (int i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return arguments[i];
            }
        }

        return null;
    }

    private static GraphQLError Fail(string message, ArgumentNode? argument) =>
        new(message, ErrorCodes.ExecutionInvalidValue, argument?.Location is { } location ? [location] : null);
}
