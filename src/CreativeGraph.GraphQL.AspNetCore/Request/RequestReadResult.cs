using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.AspNetCore.Request;

/// <summary>
/// What a request reader produced: a well-formed GraphQL-over-HTTP request, or an error with the status code
/// HTTP itself dictates (413, 415, 408) or none (then the status-code policy decides by media type).
/// </summary>
internal readonly struct RequestReadResult
{
    private RequestReadResult(GraphQLRequest? request, GraphQLError? error, int? statusCode, string? documentId = null)
    {
        Request = request;
        DocumentId = documentId;
        Error = error;
        StatusCode = statusCode;
    }

    public GraphQLRequest? Request { get; }

    /// <summary>The persisted operation the request names instead of a query (<c>id</c> or <c>documentId</c>).</summary>
    public string? DocumentId { get; }

    public GraphQLError? Error { get; }

    public int? StatusCode { get; }

    public static RequestReadResult Success(GraphQLRequest request, string? documentId = null) => new(request, null, null, documentId);

    /// <summary>
    /// JSON that cannot be parsed is answered 400 under every media type (graphql-http audit BCF8, GraphQL over
    /// HTTP "JSON parsing failure"): the server could not read a GraphQL request at all.
    /// </summary>
    public static RequestReadResult JsonSyntaxError(string message) =>
        Failure(message, ErrorCodes.RequestJsonSyntax, 400);

    public static RequestReadResult Failure(string message, string code, int? statusCode = null) =>
        new(null, new GraphQLError(message, code), statusCode);
}
