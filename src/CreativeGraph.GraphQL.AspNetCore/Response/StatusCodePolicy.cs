using CreativeGraph.GraphQL.AspNetCore.Request;
using CreativeGraph.GraphQL.Response;
using Microsoft.AspNetCore.Http;

namespace CreativeGraph.GraphQL.AspNetCore.Response;

/// <summary>
/// The status code and Content-Type of a GraphQL response (GraphQL over HTTP, "Status Codes"), as HotChocolate
/// answers wherever the graphql-http audit agrees:
/// <list type="bullet">
/// <item>execution started (<see cref="ExecutionResult.HasData"/>), or a result without errors (only a cost report) → 200;</item>
/// <item>request error under <c>application/graphql-response+json</c> → 400;</item>
/// <item>request error under <c>application/json</c> (legacy client) → 200, except unparsable JSON (400, audit BCF8,
/// decided by the readers);</item>
/// <item>a mutation over GET → 405 with <c>Allow: POST</c>, whatever was accepted;</item>
/// <item>no Accept or <c>*/*</c>: 2xx responses are labelled <c>application/json</c> (audits 47DE, 80D8), request
/// errors are answered like <c>application/graphql-response+json</c> (400), as the spec's legacy-client rule says.</item>
/// </list>
/// </summary>
internal static class StatusCodePolicy
{
    public const string GraphQLResponseContentType = "application/graphql-response+json; charset=utf-8";
    public const string JsonContentType = "application/json; charset=utf-8";

    public static int GetStatusCode(ResponseMediaType mediaType, ExecutionResult result)
    {
        if (result.HasData || result.Errors.Count == 0)
        {
            return StatusCodes.Status200OK;
        }

        if (result.ErrorKind == RequestErrorKind.OperationNotAllowed)
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        return mediaType == ResponseMediaType.Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
    }

    public static string GetContentType(ResponseMediaType mediaType, int statusCode) => mediaType switch
    {
        ResponseMediaType.Json => JsonContentType,
        ResponseMediaType.GraphQLResponseJson => GraphQLResponseContentType,
        _ => statusCode is >= 200 and < 300 ? JsonContentType : GraphQLResponseContentType,
    };
}
