using System.Buffers;
using System.IO.Pipelines;
using CreativeGraph.GraphQL.AspNetCore.Request;
using CreativeGraph.GraphQL.Response;
using Microsoft.AspNetCore.Http;

namespace CreativeGraph.GraphQL.AspNetCore.Response;

/// <summary>
/// Sends a result in payloads as they are ready, each flushed at once (HTTP 200):
/// <list type="bullet">
/// <item><c>multipart/mixed; boundary="-"</c>, as Apollo Client, meros and HotChocolate read it: each payload is a part
/// <c>\r\n---\r\nContent-Type: application/json; charset=utf-8\r\n\r\n{json}</c>, the end is <c>\r\n-----\r\n</c>;</item>
/// <item><c>text/event-stream</c> (graphql-sse, distinct connections): <c>event: next\ndata: {json}\n\n</c> per payload,
/// then <c>event: complete\ndata:\n\n</c>.</item>
/// </list>
/// </summary>
internal static class IncrementalResponseWriter
{
    private static readonly byte[] s_partStart = "\r\n---\r\nContent-Type: application/json; charset=utf-8\r\n\r\n"u8.ToArray();
    private static readonly byte[] s_multipartEnd = "\r\n-----\r\n"u8.ToArray();
    private static readonly byte[] s_eventStart = "event: next\ndata: "u8.ToArray();
    private static readonly byte[] s_eventEnd = "\n\n"u8.ToArray();
    private static readonly byte[] s_complete = "event: complete\ndata:\n\n"u8.ToArray();

    public static async Task WriteAsync(HttpContext context, IncrementalTransport transport, ExecutionResult result)
    {
        HttpResponse response = context.Response;
        bool multipart = transport == IncrementalTransport.MultipartMixed;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = multipart ? "multipart/mixed; boundary=\"-\"" : "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        PipeWriter body = response.BodyWriter;
        CancellationToken aborted = context.RequestAborted;

        await WritePartAsync(body, multipart, buffer => ResultWriter.Write(result, buffer), aborted).ConfigureAwait(false);
        if (result.Incremental is { } delivery)
        {
            await foreach (SubsequentResult next in delivery.ReadSubsequentAsync(aborted).ConfigureAwait(false))
            {
                await WritePartAsync(body, multipart, buffer => ResultWriter.Write(next, buffer), aborted).ConfigureAwait(false);
            }
        }

        body.Write(multipart ? s_multipartEnd : s_complete);
        await body.FlushAsync(aborted).ConfigureAwait(false);
    }

    private static async ValueTask WritePartAsync(PipeWriter body, bool multipart, Action<IBufferWriter<byte>> write, CancellationToken aborted)
    {
        body.Write(multipart ? s_partStart : s_eventStart);
        write(body);
        if (!multipart)
        {
            body.Write(s_eventEnd);
        }

        await body.FlushAsync(aborted).ConfigureAwait(false);
    }
}
