using System.Collections;
using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// Literals of input types: a CLR value as the literal that stands for it (graphql-js astFromValue), and
/// whether a constant literal is a valid value of a type (used for default values and applied directives).
/// </summary>
internal static class InputLiterals
{
    /// <summary>graphql-js astFromValue: null when the value cannot be represented (e.g. null for a Non-Null type).</summary>
    public static ValueNode? FromValue(object? value, IType type)
    {
        if (value is ValueNode literal)
        {
            return literal;
        }

        if (type is NonNullType nonNull)
        {
            ValueNode? inner = FromValue(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null)
        {
            return NullValueNode.Instance;
        }

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string)
                {
                    List<ValueNode> nodes = [];
                    foreach (object? item in items)
                    {
                        ValueNode? node = FromValue(item, list.OfType);
                        if (node is not null)
                        {
                            nodes.Add(node);
                        }
                    }

                    return new ListValueNode { Values = nodes };
                }

                return FromValue(value, list.OfType);
            case InputObjectType inputObject:
                List<ObjectFieldNode> fields = [];
                foreach (InputValue field in inputObject.Fields)
                {
                    if (TryGetMember(value, field.Name, out object? fieldValue) && FromValue(fieldValue, field.Type) is { } node)
                    {
                        fields.Add(new ObjectFieldNode { Name = new NameNode { Value = field.Name }, Value = node });
                    }
                }

                return new ObjectValueNode { Fields = fields };
            case ScalarType scalar:
                return scalar.ValueToLiteral(value);
            case EnumType enumType:
                return enumType.ValueToLiteral(value);
            default:
                throw new ArgumentException($"{type} is not an input type.", nameof(type));
        }
    }

    /// <summary>
    /// True when a constant literal coerces to the type (spec #sec-Input-Values-of-Correct-Type rules,
    /// applied to SDL default values and directive arguments); otherwise the reason.
    /// </summary>
    public static bool IsValid(ValueNode literal, IType type, out string? reason)
    {
        reason = null;
        switch (type)
        {
            case NonNullType nonNull:
                if (literal is NullValueNode)
                {
                    reason = $"Expected value of non-null type \"{type}\" not to be null.";
                    return false;
                }

                return IsValid(literal, nonNull.OfType, out reason);
            case not null when literal is NullValueNode:
                return true;
            case not null when literal is VariableNode:
                reason = "Variables are not allowed in constant values.";
                return false;
            case ListType list:
                if (literal is ListValueNode items)
                {
                    foreach (ValueNode item in items.Values)
                    {
                        if (!IsValid(item, list.OfType, out reason))
                        {
                            return false;
                        }
                    }

                    return true;
                }

                return IsValid(literal, list.OfType, out reason);
            case InputObjectType inputObject:
                return IsValidObject(literal, inputObject, out reason);
            case ScalarType scalar when scalar.TryCoerceInputLiteral(literal, out _):
            case EnumType enumType when enumType.TryCoerceInputLiteral(literal, out _):
                return true;
            default:
                reason = $"Expected value of type \"{type}\", found {SyntaxPrinter.Print(literal)}.";
                return false;
        }
    }

    private static bool IsValidObject(ValueNode literal, InputObjectType type, out string? reason)
    {
        if (literal is not ObjectValueNode obj)
        {
            reason = $"Expected value of type \"{type.Name}\", found {SyntaxPrinter.Print(literal)}.";
            return false;
        }

        foreach (ObjectFieldNode field in obj.Fields)
        {
            if (!type.Fields.TryGetField(field.Name.Value, out InputValue? definition))
            {
                reason = $"Field \"{field.Name.Value}\" is not defined by type \"{type.Name}\".";
                return false;
            }

            if (!IsValid(field.Value, definition.Type, out reason))
            {
                return false;
            }
        }

        foreach (InputValue definition in type.Fields)
        {
            if (definition.Type.IsNonNull() && !definition.HasDefaultValue && !obj.Fields.Any(f => f.Name.Value == definition.Name))
            {
                reason = $"Field \"{type.Name}.{definition.Name}\" of required type \"{definition.Type}\" was not provided.";
                return false;
            }
        }

        if (type.IsOneOf && (obj.Fields.Count != 1 || obj.Fields[0].Value is NullValueNode))
        {
            reason = $"OneOf Input Object \"{type.Name}\" must specify exactly one key, with a non-null value.";
            return false;
        }

        reason = null;
        return true;
    }

    private static bool TryGetMember(object value, string name, out object? member)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(name, out member);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out member);
            default:
                Func<object, object?>? getter = DefaultFieldResolver.GetGetter(value.GetType(), name);
                member = getter?.Invoke(value);
                return getter is not null;
        }
    }
}
