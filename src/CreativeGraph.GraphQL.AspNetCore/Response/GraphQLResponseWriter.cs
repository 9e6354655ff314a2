using CreativeGraph.GraphQL.AspNetCore.Request;
using CreativeGraph.GraphQL.Response;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CreativeGraph.GraphQL.AspNetCore.Response;

/// <summary>
/// Sends a GraphQL response: status code and media type from <see cref="StatusCodePolicy"/>, body written by the
/// engine's <see cref="ResultWriter"/> straight into the response pipe.
/// </summary>
internal static class GraphQLResponseWriter
{
    public static Task WriteAsync(HttpContext context, ResponseMediaType mediaType, ExecutionResult result, int? statusCode = null)
    {
        HttpResponse response = context.Response;
        int status = statusCode ?? StatusCodePolicy.GetStatusCode(mediaType, result);
        response.StatusCode = status;
        response.ContentType = StatusCodePolicy.GetContentType(mediaType, status);
        response.Headers.CacheControl = "no-store";
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            response.Headers[HeaderNames.Allow] = HttpMethods.Post;
        }

        return ResultWriter.WriteAsync(result, response.BodyWriter, indented: false, context.RequestAborted).AsTask();
    }
}
