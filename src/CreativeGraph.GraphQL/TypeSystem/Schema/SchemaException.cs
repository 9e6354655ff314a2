using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// Thrown by <see cref="SchemaBuilder.Build"/> when the schema breaks the type-system rules (spec §3):
/// a start-up error listing every problem found, not only the first.
/// </summary>
public sealed class SchemaException : Exception
{
    public SchemaException(IReadOnlyList<GraphQLError> errors)
        : base(FormatMessage(errors))
    {
        Errors = errors;
    }

    public SchemaException()
        : this([])
    {
    }

    public SchemaException(string message)
        : this([new GraphQLError(message, ErrorCodes.SchemaInvalid)])
    {
    }

    public SchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new GraphQLError(message, ErrorCodes.SchemaInvalid, exception: innerException)];
    }

    public IReadOnlyList<GraphQLError> Errors { get; }

    private static string FormatMessage(IReadOnlyList<GraphQLError> errors) =>
        errors.Count == 0
            ? "The schema is invalid."
            : "The schema is invalid:" + string.Concat(errors.Select(e => Environment.NewLine + "- " + e.Message + FormatLocation(e)));

    private static string FormatLocation(GraphQLError error) =>
        error.Locations is { Count: > 0 } locations ? $" ({locations[0].Line}:{locations[0].Column})" : string.Empty;
}
