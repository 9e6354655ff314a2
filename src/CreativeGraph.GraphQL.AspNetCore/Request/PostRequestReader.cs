using System.Buffers;
using System.IO.Pipelines;
using CreativeGraph.GraphQL.Response;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace CreativeGraph.GraphQL.AspNetCore.Request;

/// <summary>
/// Reads a POST request (GraphQL over HTTP, "POST"): the body must be <c>application/json</c> (or
/// <c>application/graphql-response+json</c>) in UTF-8, no larger than the limit (413, <c>HC0010</c>, decided from
/// Content-Length before reading, or while reading a chunked body), and arrive within the body timeout (408).
/// The body is parsed straight from the request pipe, never copied into a string.
/// </summary>
internal static class PostRequestReader
{
    public static async ValueTask<RequestReadResult> ReadAsync(HttpRequest request, GraphQLHttpOptions options, CancellationToken cancellationToken)
    {
        RequestReadResult? contentTypeError = CheckContentType(request.ContentType);
        if (contentTypeError is not null)
        {
            return contentTypeError.Value;
        }

        long limit = options.MaxRequestBodyBytes;
        if (request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        // Let the server's own limit (Kestrel: 30 MB by default) follow ours, so ours decides.
        IHttpMaxRequestBodySizeFeature? sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = limit + 1;
        }

        using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestBodyTimeout);
        PipeReader reader = request.BodyReader;
        try
        {
            while (true)
            {
                ReadResult read = await reader.ReadAsync(timeout.Token).ConfigureAwait(false);
                ReadOnlySequence<byte> buffer = read.Buffer;
                if (buffer.Length > limit)
                {
                    reader.AdvanceTo(buffer.End);
                    return TooLarge(limit);
                }

                if (read.IsCompleted)
                {
                    RequestReadResult result = RequestJsonParser.Parse(buffer, options.MaxJsonDepth);
                    reader.AdvanceTo(buffer.End);
                    return result;
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return RequestReadResult.Failure(HttpMessages.BodyTimeout, ErrorCodes.RequestInvalid, StatusCodes.Status408RequestTimeout);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit);
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's minimum body data rate and similar transport limits.
            return RequestReadResult.Failure(ex.Message, ErrorCodes.RequestInvalid, ex.StatusCode);
        }
    }

    // GraphQL over HTTP, "Media Types": utf-8 is assumed when no charset is given; other charsets are refused.
    private static RequestReadResult? CheckContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return RequestReadResult.Failure(HttpMessages.ContentTypeMissing, ErrorCodes.RequestInvalid, StatusCodes.Status415UnsupportedMediaType);
        }

        if (MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? mediaType)
            && (mediaType.MediaType.Equals(AcceptHeaderNegotiation.Json, StringComparison.OrdinalIgnoreCase)
                || mediaType.MediaType.Equals(AcceptHeaderNegotiation.GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            && (!mediaType.Charset.HasValue
                || mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
                || mediaType.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return RequestReadResult.Failure(HttpMessages.ContentTypeUnsupported(contentType), ErrorCodes.RequestInvalid, StatusCodes.Status415UnsupportedMediaType);
    }

    private static RequestReadResult TooLarge(long limit) =>
        RequestReadResult.Failure(HttpMessages.BodyTooLarge(limit), ErrorCodes.RequestTooLarge, StatusCodes.Status413PayloadTooLarge);
}
