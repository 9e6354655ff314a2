using CreativeGraph.GraphQL.AspNetCore.Request;
using CreativeGraph.GraphQL.Response;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CreativeGraph.GraphQL.AspNetCore.Response;

/// <summary>Sends a GraphQL response: status code and media type from <see cref="StatusCodePolicy"/>, body streamed to the pipe.</summary>
internal sealed class GraphQLResponseWriter(IExecutionResultSerializer serializer)
{
    public Task WriteAsync(HttpContext context, ResponseMediaType mediaType, ExecutionResult result, int? statusCode = null)
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

        serializer.Write(result, response.BodyWriter);
        return response.BodyWriter.FlushAsync(context.RequestAborted).AsTask();
    }
}
