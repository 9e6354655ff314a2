using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.Response;

/// <summary>
/// An error in the shape of spec #sec-Errors: a message, optional locations and path, and extensions
/// carrying at least a <c>code</c> from <see cref="ErrorCodes"/>. Every phase reports errors this way.
/// </summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        string? code = null,
        IReadOnlyList<Location>? locations = null,
        ResponsePath? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? exception = null,
        string? specifiedBy = null)
    {
        Message = message;
        Locations = locations;
        Path = path;
        Exception = exception;

        if (code is null && specifiedBy is null)
        {
            Extensions = extensions;
            return;
        }

        Dictionary<string, object?> merged = new(StringComparer.Ordinal);
        if (code is not null)
        {
            merged["code"] = code;
        }

        if (extensions is not null)
        {
            foreach (KeyValuePair<string, object?> pair in extensions)
            {
                merged[pair.Key] = pair.Value;
            }
        }

        if (specifiedBy is not null)
        {
            // Validation errors link the spec section they enforce, as HotChocolate does.
            merged["specifiedBy"] = specifiedBy.StartsWith("http", StringComparison.Ordinal)
                ? specifiedBy
                : "https://spec.graphql.org/September2025/#" + specifiedBy;
        }

        Extensions = merged;
    }

    public string Message { get; }

    public IReadOnlyList<Location>? Locations { get; }

    public ResponsePath? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception behind the error, if any; never serialized unless the server is configured to.</summary>
    public Exception? Exception { get; }

    public string? Code => Extensions?.GetValueOrDefault("code") as string;

    public GraphQLError WithPath(ResponsePath path) => new(Message, null, Locations, path, Extensions, Exception);

    public GraphQLError WithLocations(IReadOnlyList<Location> locations) => new(Message, null, locations, Path, Extensions, Exception);

    public override string ToString() => Code is null ? Message : $"{Code}: {Message}";
}
