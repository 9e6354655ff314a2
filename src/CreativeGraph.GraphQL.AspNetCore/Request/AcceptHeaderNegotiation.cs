using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CreativeGraph.GraphQL.AspNetCore.Request;

/// <summary>
/// Content negotiation (GraphQL over HTTP, "Accept" and "Body"): the highest-quality media type the server
/// supports wins; on a tie the first listed wins.
/// </summary>
internal static class AcceptHeaderNegotiation
{
    internal const string GraphQLResponseJson = "application/graphql-response+json";
    internal const string Json = "application/json";

    public static ResponseMediaType Negotiate(HttpRequest request)
    {
        StringValues accept = request.Headers.Accept;
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out IList<MediaTypeHeaderValue>? values))
        {
            return ResponseMediaType.Unspecified;
        }

        ResponseMediaType best = ResponseMediaType.NotAcceptable;
        double bestQuality = 0;
        foreach (MediaTypeHeaderValue value in values)
        {
            double quality = value.Quality ?? 1;
            if (quality <= bestQuality)
            {
                continue;
            }

            ResponseMediaType candidate = Classify(value.MediaType);
            if (candidate != ResponseMediaType.NotAcceptable)
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>Whether the Accept header names a single-result type (or none at all), beside any stream type.</summary>
    public static bool AcceptsSingleResult(HttpRequest request)
    {
        StringValues accept = request.Headers.Accept;
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out IList<MediaTypeHeaderValue>? values))
        {
            return true;
        }

        return values.Any(v => (v.Quality ?? 1) > 0 && Classify(v.MediaType) != ResponseMediaType.NotAcceptable);
    }

    /// <summary>Whether a browser asks for a page (the IDE) rather than a GraphQL response.</summary>
    public static bool AcceptsHtml(HttpRequest request)
    {
        foreach (string? value in request.Headers.Accept)
        {
            if (value is not null && value.Contains("text/html", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ResponseMediaType Classify(StringSegment mediaType)
    {
        if (mediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
        {
            return ResponseMediaType.GraphQLResponseJson;
        }

        if (mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            return ResponseMediaType.Json;
        }

        if (mediaType.Equals("*/*", StringComparison.Ordinal) || mediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
        {
            return ResponseMediaType.Unspecified;
        }

        return ResponseMediaType.NotAcceptable;
    }
}
