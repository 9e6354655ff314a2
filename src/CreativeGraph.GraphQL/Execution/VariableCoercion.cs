using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>CoerceVariableValues (spec #sec-Coercing-Variable-Values): every failure is a request error (HC0016).</summary>
internal static class VariableCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> s_empty = new Dictionary<string, object?>(0);

    public static IReadOnlyDictionary<string, object?> Coerce(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? variableValues,
        out List<GraphQLError>? errors)
    {
        errors = null;
        if (operation.VariableDefinitions.Count == 0)
        {
            return s_empty;
        }

        Dictionary<string, object?> coercedValues = new(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        foreach (VariableDefinitionNode definition in operation.VariableDefinitions)
        {
            string name = definition.Variable.Name.Value;
            IType? type = ResolveType(schema, definition.Type);
            if (type is null || !type.IsInputType())
            {
                Report(ref errors, ExecutionMessages.VariableNotInputType(name, definition.Type.NamedType.Name.Value), definition);
                continue;
            }

            object? value = null;
            bool hasValue = variableValues is not null && variableValues.TryGetValue(name, out value);
            if (value is System.Text.Json.JsonElement element)
            {
                value = JsonValues.ToClr(element);
            }

            if (!hasValue && definition.DefaultValue is not null)
            {
                ValueCoercion.TryCoerceLiteral(type, definition.DefaultValue, null, out object? coercedDefault);
                coercedValues[name] = coercedDefault;
            }
            else if (type.IsNonNull() && (!hasValue || value is null))
            {
                Report(
                    ref errors,
                    hasValue ? ExecutionMessages.VariableNonNull(name, type) : ExecutionMessages.VariableRequired(name, type),
                    definition);
            }
            else if (hasValue)
            {
                if (value is null)
                {
                    coercedValues[name] = null;
                }
                else if (ValueCoercion.TryCoerceInputValue(type, value, out object? coerced, out InputCoercionFailure? failure))
                {
                    coercedValues[name] = coerced;
                }
                else
                {
                    Report(
                        ref errors,
                        ExecutionMessages.VariableInvalid(name, ValueCoercion.PrintValue(failure!.Value), failure.Path, failure.Reason),
                        definition);
                }
            }
        }

        return coercedValues;
    }

    /// <summary>The schema type a type reference of the document names (null when the named type is unknown).</summary>
    public static IType? ResolveType(Schema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => ResolveType(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        ListTypeNode list => ResolveType(schema, list.Type) is { } inner ? new ListType(inner) : null,
        NamedTypeNode named => schema.TryGetType(named.Name.Value, out NamedType? type) ? type : null,
        _ => null,
    };

    private static void Report(ref List<GraphQLError>? errors, string message, VariableDefinitionNode definition)
    {
        errors ??= [];
        errors.Add(new GraphQLError(
            message,
            ErrorCodes.ExecutionInvalidValue,
            definition.Location is { } location ? [location] : null));
    }
}
