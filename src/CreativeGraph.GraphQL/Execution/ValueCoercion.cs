using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// Input coercion (spec #sec-Input-Values and the "Input Coercion" clauses of #sec-Scalars, #sec-Enums,
/// #sec-Input-Objects, #sec-OneOf-Input-Objects and #sec-List). Coerced lists are <c>object?[]</c>, coerced
/// input objects <c>Dictionary&lt;string, object?&gt;</c>, scalars and enums their runtime values.
/// </summary>
internal static class ValueCoercion
{
    /// <summary>Coerces a value as it arrived in the request (variables) to <paramref name="type"/>.</summary>
    public static bool TryCoerceInputValue(IType type, object? value, out object? coerced, out InputCoercionFailure? failure) =>
        CoerceValue(type, value, string.Empty, out coerced, out failure);

    /// <summary>
    /// Coerces a literal (with variables already coerced) to <paramref name="type"/>
    /// (spec #sec-Coercing-Field-Arguments, the same rules as graphql-js valueFromAST).
    /// </summary>
    public static bool TryCoerceLiteral(IType type, ValueNode literal, IReadOnlyDictionary<string, object?>? variables, out object? coerced)
    {
        coerced = null;
        if (literal is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out object? value))
            {
                // A missing variable counts as absent; callers handle absence before getting here.
                return !type.IsNonNull();
            }

            coerced = value;
            return value is not null || !type.IsNonNull();
        }

        if (type is NonNullType nonNull)
        {
            return literal is not NullValueNode && TryCoerceLiteral(nonNull.OfType, literal, variables, out coerced);
        }

        if (literal is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                if (literal is not ListValueNode listLiteral)
                {
                    // Spec #sec-List.Input-Coercion: a single value is coerced as a list of one.
                    if (!TryCoerceLiteral(list.OfType, literal, variables, out object? single))
                    {
                        return false;
                    }

                    coerced = new[] { single };
                    return true;
                }

                object?[] items = new object?[listLiteral.Values.Count];
                for (int i = 0; i < items.Length; i++)
                {
                    ValueNode item = listLiteral.Values[i];
                    if (item is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value)))
                    {
                        if (list.OfType.IsNonNull())
                        {
                            return false;
                        }

                        continue;
                    }

                    if (!TryCoerceLiteral(list.OfType, item, variables, out items[i]))
                    {
                        return false;
                    }
                }

                coerced = items;
                return true;

            case InputObjectType inputObject:
                return TryCoerceObjectLiteral(inputObject, literal, variables, out coerced);

            case EnumType enumType:
                if (literal is EnumValueNode enumLiteral && enumType.TryGetValue(enumLiteral.Value, out EnumValue? enumValue))
                {
                    coerced = enumValue!.RuntimeValue;
                    return true;
                }

                return false;

            case ScalarType scalar:
                return scalar.TryCoerceInputLiteral(literal, out coerced);

            default:
                return false;
        }
    }

    /// <summary>The coerced default value of an argument or input field, computed once per definition.</summary>
    public static object? GetDefaultValue(InputValue definition) =>
        definition.Features.GetOrAdd(definition, static d =>
        {
            TryCoerceLiteral(d.Type, d.DefaultValueLiteral!, null, out object? value);
            return new CoercedDefault(value);
        }).Value;

    /// <summary>An input value's coerced default, kept on the definition's <see cref="InputValue.Features"/>.</summary>
    private sealed record CoercedDefault(object? Value);

    /// <summary>Prints a request value the way graphql-js <c>inspect</c> does, for error messages.</summary>
    public static string PrintValue(object? value)
    {
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return JsonSerializer.Serialize(s, ExecutionJsonContext.Default.String);
            case bool b:
                return b ? "true" : "false";
            case IFormattable f:
                return f.ToString(null, CultureInfo.InvariantCulture);
            case IReadOnlyDictionary<string, object?> map:
                return map.Count == 0 ? "{}" : "{ " + string.Join(", ", map.Select(p => p.Key + ": " + PrintValue(p.Value))) + " }";
            case IEnumerable list:
                StringBuilder sb = new("[");
                foreach (object? item in list)
                {
                    sb.Append(sb.Length == 1 ? string.Empty : ", ").Append(PrintValue(item));
                }

                return sb.Append(']').ToString();
            default:
                return value.ToString() ?? string.Empty;
        }
    }

    private static bool CoerceValue(IType type, object? value, string path, out object? coerced, out InputCoercionFailure? failure)
    {
        coerced = null;
        failure = null;
        if (value is JsonElement element)
        {
            value = JsonValues.ToClr(element);
        }

        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                failure = new(ExecutionMessages.ExpectedNonNull(type), null, path);
                return false;
            }

            return CoerceValue(nonNull.OfType, value, path, out coerced, out failure);
        }

        if (value is null)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                if (value is string || value is IReadOnlyDictionary<string, object?> || value is not IEnumerable enumerable)
                {
                    // Spec #sec-List.Input-Coercion: a non-list value is coerced as a list of one.
                    if (!CoerceValue(list.OfType, value, path, out object? single, out failure))
                    {
                        return false;
                    }

                    coerced = new[] { single };
                    return true;
                }

                List<object?> items = [];
                int index = 0;
                foreach (object? item in enumerable)
                {
                    if (!CoerceValue(list.OfType, item, path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", out object? c, out failure))
                    {
                        return false;
                    }

                    items.Add(c);
                    index++;
                }

                coerced = items.ToArray();
                return true;

            case InputObjectType inputObject:
                return CoerceObjectValue(inputObject, value, path, out coerced, out failure);

            case EnumType enumType:
                if (value is string name && enumType.TryGetValue(name, out EnumValue? enumValue))
                {
                    coerced = enumValue!.RuntimeValue;
                    return true;
                }

                failure = new(
                    value is string ? ExecutionMessages.EnumCannotRepresent(enumType, PrintValue(value)) : $"Enum \"{enumType.Name}\" cannot represent non-string value: {PrintValue(value)}.",
                    value,
                    path);
                return false;

            case ScalarType scalar:
                if (scalar.TryCoerceInputValue(value, out coerced))
                {
                    return true;
                }

                failure = new(ExecutionMessages.ScalarCannotRepresent(scalar, PrintValue(value)), value, path);
                return false;

            default:
                failure = new(ExecutionMessages.ExpectedType(type.NamedType()), value, path);
                return false;
        }
    }

    private static bool CoerceObjectValue(InputObjectType type, object value, string path, out object? coerced, out InputCoercionFailure? failure)
    {
        coerced = null;
        failure = null;
        if (value is not IReadOnlyDictionary<string, object?> fields)
        {
            failure = new(ExecutionMessages.InputObjectExpected(type), value, path);
            return false;
        }

        Dictionary<string, object?> result = new(StringComparer.Ordinal);
        foreach (InputValue field in type.Fields)
        {
            string fieldPath = path + "." + field.Name;
            if (!fields.TryGetValue(field.Name, out object? fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = GetDefaultValue(field);
                }
                else if (field.Type.IsNonNull())
                {
                    failure = new(ExecutionMessages.InputFieldRequired(type, field), value, path);
                    return false;
                }

                continue;
            }

            if (!CoerceValue(field.Type, fieldValue, fieldPath, out object? c, out failure))
            {
                return false;
            }

            result[field.Name] = c;
        }

        foreach (string name in fields.Keys)
        {
            if (!type.Fields.ContainsField(name))
            {
                failure = new(ExecutionMessages.InputFieldUnknown(type, name), value, path);
                return false;
            }
        }

        // Spec #sec-OneOf-Input-Objects.Input-Coercion: exactly one field, and it is not null.
        if (type.IsOneOf)
        {
            if (fields.Count != 1)
            {
                failure = new(ExecutionMessages.OneOfExactlyOne(type), value, path);
                return false;
            }

            foreach (KeyValuePair<string, object?> pair in fields)
            {
                if (pair.Value is null)
                {
                    failure = new(ExecutionMessages.OneOfNotNull(type, pair.Key), value, path);
                    return false;
                }
            }
        }

        coerced = fields.Count > 1 ? InWrittenOrder(result, fields.Keys) : result;
        return true;
    }

    // The coerced object lists its fields in the order the request wrote them, defaults last: an order such as
    // { kind: DESC, name: ASC } means what it says (the spec leaves a map's order open; HotChocolate keeps it too).
    private static Dictionary<string, object?> InWrittenOrder(Dictionary<string, object?> coerced, IEnumerable<string> written)
    {
        Dictionary<string, object?> ordered = new(coerced.Count, StringComparer.Ordinal);
        foreach (string name in written)
        {
            if (coerced.TryGetValue(name, out object? value))
            {
                ordered[name] = value;
            }
        }

        foreach (KeyValuePair<string, object?> pair in coerced)
        {
            ordered.TryAdd(pair.Key, pair.Value);
        }

        return ordered;
    }

    private static bool TryCoerceObjectLiteral(InputObjectType type, ValueNode literal, IReadOnlyDictionary<string, object?>? variables, out object? coerced)
    {
        coerced = null;
        if (literal is not ObjectValueNode objectLiteral)
        {
            return false;
        }

        Dictionary<string, object?> result = new(StringComparer.Ordinal);
        foreach (InputValue field in type.Fields)
        {
            ValueNode? fieldLiteral = null;
            foreach (ObjectFieldNode candidate in objectLiteral.Fields)
            {
                if (candidate.Name.Value == field.Name)
                {
                    fieldLiteral = candidate.Value;
                    break;
                }
            }

            bool missing = fieldLiteral is null
                || (fieldLiteral is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value)));
            if (missing)
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = GetDefaultValue(field);
                }
                else if (field.Type.IsNonNull())
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerceLiteral(field.Type, fieldLiteral!, variables, out object? c))
            {
                return false;
            }

            result[field.Name] = c;
        }

        foreach (ObjectFieldNode candidate in objectLiteral.Fields)
        {
            if (!type.Fields.ContainsField(candidate.Name.Value))
            {
                return false;
            }
        }

        if (type.IsOneOf && (objectLiteral.Fields.Count != 1 || result.Count != 1 || result.Values.Any(v => v is null)))
        {
            return false;
        }

        coerced = objectLiteral.Fields.Count > 1 ? InWrittenOrder(result, objectLiteral.Fields.Select(f => f.Name.Value)) : result;
        return true;
    }
}
