using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>What the type-system rules see: the completed types and directives, the roots, and the error list.</summary>
internal sealed class SchemaValidationContext(
    IEnumerable<NamedType> types,
    IReadOnlyList<DirectiveDefinition> directives,
    NamedType? queryType,
    NamedType? mutationType,
    NamedType? subscriptionType,
    IReadOnlyList<DirectiveNode> schemaDirectives,
    IReadOnlyDictionary<object, Location> locations,
    IReadOnlySet<string> unionsWithInvalidMembers,
    List<GraphQLError> errors)
{
    /// <summary>The defined types (introspection types included, built-in scalars not).</summary>
    public IReadOnlyList<NamedType> Types { get; } = [.. types];

    public IReadOnlyList<DirectiveDefinition> Directives { get; } = directives;

    public NamedType? QueryType { get; } = queryType;

    public NamedType? MutationType { get; } = mutationType;

    public NamedType? SubscriptionType { get; } = subscriptionType;

    public IReadOnlyList<DirectiveNode> SchemaDirectives { get; } = schemaDirectives;

    /// <summary>Unions whose non-object members were reported while the schema was completed.</summary>
    public IReadOnlySet<string> UnionsWithInvalidMembers { get; } = unionsWithInvalidMembers;

    public IEnumerable<NamedType> UserTypes => Types.Where(t => !t.IsIntrospectionType);

    public void Report(string message, SyntaxNode? node) => Report(message, node?.Location);

    public void Report(string message, Location? location) =>
        errors.Add(new GraphQLError(message, ErrorCodes.SchemaInvalid, location is { } l ? [l] : null));

    /// <summary>Where a type, field, argument, input field or enum value was written in SDL, for error locations.</summary>
    public Location? LocationOf(object member) => member is NamedType type
        ? type.SyntaxNode?.Name.Location
        : locations.TryGetValue(member, out Location location) ? location : null;

    public void ReportOn(object member, string message) => Report(message, LocationOf(member));
}
