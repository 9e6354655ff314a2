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

    public static ResponseMediaType Negotiate(HttpRequest request) =>
        Best(request, Classify, ResponseMediaType.NotAcceptable, ResponseMediaType.Unspecified);

    /// <summary>
    /// The highest-quality media type of the Accept header that <paramref name="classify"/> knows (anything but
    /// <paramref name="unknown"/>), the first listed on a tie; <paramref name="absent"/> without a readable header.
    /// </summary>
    internal static T Best<T>(HttpRequest request, Func<StringSegment, T> classify, T unknown, T absent)
        where T : struct, Enum
    {
        StringValues accept = request.Headers.Accept;
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out IList<MediaTypeHeaderValue>? values))
        {
            return absent;
        }

        T best = unknown;
        double bestQuality = 0;
        foreach (MediaTypeHeaderValue value in values)
        {
            double quality = value.Quality ?? 1;
            if (quality <= bestQuality)
            {
                continue;
            }

            T candidate = classify(value.MediaType);
            if (!EqualityComparer<T>.Default.Equals(candidate, unknown))
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
