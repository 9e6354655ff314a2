using System.Collections;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// The cost of the arguments a field selection gives, in HotChocolate's manner (IBM cost spec #sec-weight):
/// each given argument and input field weighs its <c>@cost</c>, else 1 when of an input object type, else 0;
/// the fields of a given input object add theirs, once per list item. Literals and variable values alike.
/// </summary>
internal static class InputCost
{
    public static double OfArguments(OutputField field, IReadOnlyList<ArgumentNode> arguments, IReadOnlyDictionary<string, object?> variables)
    {
        double cost = 0;
        foreach (ArgumentNode argument in arguments)
        {
            if (field.Arguments[argument.Name.Value] is { } definition)
            {
                cost += OfInputValue(definition, argument.Value, variables);
            }
        }

        return cost;
    }

    private static double OfInputValue(InputValue definition, object? value, IReadOnlyDictionary<string, object?> variables)
    {
        if (value is VariableNode variable)
        {
            value = variables.GetValueOrDefault(variable.Name.Value);
        }

        if (value is null or NullValueNode)
        {
            return 0;
        }

        double weight = CostMetadata.WeightOf(definition.ContextData) ?? (definition.Type.NamedType() is InputObjectType ? 1 : 0);
        return weight + OfValue(definition.Type, value, variables);
    }

    // The input fields given inside a value of the type (nothing for scalars and enums).
    private static double OfValue(IType type, object? value, IReadOnlyDictionary<string, object?> variables)
    {
        if (value is VariableNode variable)
        {
            value = variables.GetValueOrDefault(variable.Name.Value);
        }

        switch (type.NullableType())
        {
            case ListType list:
                IEnumerable? items = value switch
                {
                    ListValueNode literal => literal.Values,
                    IEnumerable enumerable and not string and not IReadOnlyDictionary<string, object?> => enumerable,
                    _ => null,
                };
                if (items is null)
                {
                    // Spec #sec-List.Input-Coercion: a single item stands for a list of one.
                    return OfValue(list.OfType, value, variables);
                }

                double sum = 0;
                foreach (object? item in items)
                {
                    sum += OfValue(list.OfType, item, variables);
                }

                return sum;

            case InputObjectType input:
                double cost = 0;
                foreach ((string name, object? fieldValue) in Fields(value))
                {
                    if (input.Fields[name] is { } definition)
                    {
                        cost += OfInputValue(definition, fieldValue, variables);
                    }
                }

                return cost;

            default:
                return 0;
        }
    }

    private static IEnumerable<(string Name, object? Value)> Fields(object? value) => value switch
    {
        ObjectValueNode literal => literal.Fields.Select(f => (f.Name.Value, (object?)f.Value)),
        IReadOnlyDictionary<string, object?> map => map.Select(p => (p.Key, p.Value)),
        _ => [],
    };
}
