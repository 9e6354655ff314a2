using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// Input Objects, Type Validation 4: the default values of input fields must not refer to each other in a
/// cycle (InputObjectDefaultValueHasCycle), or filling in defaults would never end. Each cycle is reported once.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#InputObjectDefaultValueHasCycle()</remarks>
internal sealed class InputObjectDefaultValueCycleRule : ISchemaRule
{
    private static readonly ObjectValueNode s_empty = new() { Fields = [] };

    public void Validate(SchemaValidationContext context)
    {
        HashSet<InputValue> reported = [];
        foreach (InputObjectType type in context.UserTypes.OfType<InputObjectType>())
        {
            List<(InputObjectType Owner, InputValue Field)> visited = [];
            if (HasCycle(type, s_empty, visited) is { } cycle && !reported.Contains(cycle.Field))
            {
                reported.UnionWith(visited.Select(v => v.Field));
                context.ReportOn(cycle.Field, TypeSystemMessages.InputObjectDefaultValueCycle(cycle.Owner.Name, cycle.Field.Name));
            }
        }
    }

    // InputObjectDefaultValueHasCycle(inputObject, defaultValue, visitedFields): returns the field that closes the cycle.
    private static (InputObjectType Owner, InputValue Field)? HasCycle(InputObjectType type, ValueNode defaultValue, List<(InputObjectType Owner, InputValue Field)> visited)
    {
        switch (defaultValue)
        {
            case ListValueNode list:
                foreach (ValueNode item in list.Values)
                {
                    if (HasCycle(type, item, visited) is { } cycle)
                    {
                        return cycle;
                    }
                }

                return null;
            case ObjectValueNode map:
                foreach (InputValue field in type.Fields)
                {
                    if (FieldHasCycle(type, field, map, visited) is { } cycle)
                    {
                        return cycle;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    // InputFieldDefaultValueHasCycle(field, defaultValue, visitedFields).
    private static (InputObjectType Owner, InputValue Field)? FieldHasCycle(InputObjectType owner, InputValue field, ObjectValueNode defaultValue, List<(InputObjectType Owner, InputValue Field)> visited)
    {
        if (field.Type.NamedType() is not InputObjectType fieldType)
        {
            return null;
        }

        ObjectFieldNode? given = defaultValue.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
        if (given is not null)
        {
            return HasCycle(fieldType, given.Value, visited);
        }

        if (field.DefaultValueLiteral is not { } fieldDefault)
        {
            return null;
        }

        if (visited.Any(v => ReferenceEquals(v.Field, field)))
        {
            return (owner, field);
        }

        visited.Add((owner, field));
        (InputObjectType, InputValue)? cycle = HasCycle(fieldType, fieldDefault, visited);
        if (cycle is null)
        {
            visited.RemoveAt(visited.Count - 1);
        }

        return cycle;
    }
}
