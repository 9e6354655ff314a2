using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CreativeGraph.GraphQL.AspNetCore.Request;

/// <summary>
/// How a response in several payloads (<c>@defer</c>) may be sent: the Accept header must name
/// <c>multipart/mixed</c> (Apollo Client, meros, HotChocolate's clients) or <c>text/event-stream</c> (graphql-sse's
/// distinct connections mode); the one of higher quality wins, on a tie the first listed.
/// </summary>
internal enum IncrementalTransport
{
    /// <summary>The client takes one payload only: <c>@defer</c> is ignored.</summary>
    None,

    MultipartMixed,

    EventStream,
}

/// <summary>Reads <see cref="IncrementalTransport"/> from the Accept header.</summary>
internal static class IncrementalTransportNegotiation
{
    internal const string MultipartMixed = "multipart/mixed";
    internal const string EventStream = "text/event-stream";

    public static IncrementalTransport Negotiate(HttpRequest request) =>
        AcceptHeaderNegotiation.Best(request, Classify, IncrementalTransport.None, IncrementalTransport.None);

    private static IncrementalTransport Classify(StringSegment mediaType) =>
        mediaType.Equals(MultipartMixed, StringComparison.OrdinalIgnoreCase) ? IncrementalTransport.MultipartMixed
        : mediaType.Equals(EventStream, StringComparison.OrdinalIgnoreCase) ? IncrementalTransport.EventStream
        : IncrementalTransport.None;
}
