using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// Directives, Type Validation: at least one location; the argument clauses; and no use of the directive
/// within its own definition, directly (on an argument) or indirectly (through the argument types or
/// other directives).
/// </summary>
/// <remarks>Spec: https://spec.graphql.org/September2025/#sec-Type-System.Directives.Type-Validation</remarks>
internal sealed class DirectiveDefinitionsRule : ISchemaRule
{
    public void Validate(SchemaValidationContext context)
    {
        Dictionary<string, DirectiveDefinition> byName = context.Directives.ToDictionary(d => d.Name, StringComparer.Ordinal);
        foreach (DirectiveDefinition directive in context.Directives.Where(d => !d.IsSpecified))
        {
            Location? location = directive.SyntaxNode?.Name.Location;
            if (directive.Locations.Count == 0)
            {
                context.Report(TypeSystemMessages.DirectiveWithoutLocations(directive.Name), location);
            }

            InputValueRules.ValidateArguments(context, "@" + directive.Name, directive.Arguments);

            string? user = FindUse(directive.Name, directive.Arguments, byName, [], [], "@" + directive.Name);
            if (user is not null)
            {
                context.Report(TypeSystemMessages.DirectiveSelfReference(directive.Name, user), location);
            }
        }
    }

    // Searches the arguments (their directives, then their types) for a use of the directive; returns the user's coordinate.
    private static string? FindUse(
        string name,
        FieldCollection<InputValue> arguments,
        Dictionary<string, DirectiveDefinition> byName,
        HashSet<NamedType> visitedTypes,
        HashSet<string> visitedDirectives,
        string owner)
    {
        foreach (InputValue argument in arguments)
        {
            string coordinate = $"{owner}({argument.Name}:)";
            if (FindInDirectives(name, argument.Directives, byName, visitedTypes, visitedDirectives, coordinate) is { } user)
            {
                return user;
            }

            if (FindInType(name, argument.Type.NamedType(), byName, visitedTypes, visitedDirectives) is { } typeUser)
            {
                return typeUser;
            }
        }

        return null;
    }

    private static string? FindInDirectives(
        string name,
        IReadOnlyList<DirectiveNode> applied,
        Dictionary<string, DirectiveDefinition> byName,
        HashSet<NamedType> visitedTypes,
        HashSet<string> visitedDirectives,
        string coordinate)
    {
        foreach (DirectiveNode node in applied)
        {
            string used = node.Name.Value;
            if (used == name)
            {
                return coordinate;
            }

            if (visitedDirectives.Add(used) && byName.TryGetValue(used, out DirectiveDefinition? other)
                && FindUse(name, other.Arguments, byName, visitedTypes, visitedDirectives, "@" + used) is not null)
            {
                return coordinate;
            }
        }

        return null;
    }

    private static string? FindInType(
        string name,
        NamedType type,
        Dictionary<string, DirectiveDefinition> byName,
        HashSet<NamedType> visitedTypes,
        HashSet<string> visitedDirectives)
    {
        if (!visitedTypes.Add(type))
        {
            return null;
        }

        if (FindInDirectives(name, type.Directives, byName, visitedTypes, visitedDirectives, type.Name) is { } user)
        {
            return user;
        }

        return type switch
        {
            InputObjectType input => FindUse(name, input.Fields, byName, visitedTypes, visitedDirectives, type.Name)?.Replace("(", ".", StringComparison.Ordinal).Replace(":)", string.Empty, StringComparison.Ordinal),
            EnumType enumType => enumType.Values
                .Select(v => FindInDirectives(name, v.Directives, byName, visitedTypes, visitedDirectives, $"{type.Name}.{v.Name}"))
                .FirstOrDefault(u => u is not null),
            _ => null,
        };
    }
}
