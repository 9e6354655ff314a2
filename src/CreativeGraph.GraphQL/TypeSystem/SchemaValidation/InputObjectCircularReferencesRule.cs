namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// Input Objects, Circular References: an input object may not reach itself through an unbroken chain of
/// Non-Null singular (non-list) fields, since no finite value could be given.
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Input-Objects.Circular-References</remarks>
internal sealed class InputObjectCircularReferencesRule : ISchemaRule
{
    public void Validate(SchemaValidationContext context)
    {
        HashSet<InputObjectType> visited = [];
        List<InputValue> path = [];
        Dictionary<InputObjectType, int> pathIndex = [];
        foreach (InputObjectType type in context.UserTypes.OfType<InputObjectType>())
        {
            Visit(context, type, visited, path, pathIndex);
        }
    }

    // Depth-first over Non-Null input-object fields, as graphql-js does, reporting each cycle once.
    private static void Visit(SchemaValidationContext context, InputObjectType type, HashSet<InputObjectType> visited, List<InputValue> path, Dictionary<InputObjectType, int> pathIndex)
    {
        if (!visited.Add(type))
        {
            return;
        }

        pathIndex[type] = path.Count;
        foreach (InputValue field in type.Fields)
        {
            if (field.Type is NonNullType { OfType: InputObjectType fieldType })
            {
                path.Add(field);
                if (pathIndex.TryGetValue(fieldType, out int cycleStart))
                {
                    string cycle = string.Join(".", path.Skip(cycleStart).Select(f => f.Name));
                    context.ReportOn(path[cycleStart], TypeSystemMessages.InputObjectCircularReference(fieldType.Name, cycle));
                }
                else
                {
                    Visit(context, fieldType, visited, path, pathIndex);
                }

                path.RemoveAt(path.Count - 1);
            }
        }

        pathIndex.Remove(type);
    }
}
