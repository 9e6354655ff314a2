using CreativeGraph.GraphQL.Execution.Diagnostics;

namespace CreativeGraph.GraphQL.AspNetCore.PersistedOperations;

/// <summary>
/// Documents are known by the SHA-256 of their UTF-8 text as 64 lower-case hex digits (Apollo's <c>sha256Hash</c>,
/// HotChocolate's default). An id may carry the GraphQL-over-HTTP persisted-documents prefix: <c>sha256:&lt;hex&gt;</c>.
/// </summary>
internal static class DocumentHash
{
    private const string Prefix = "sha256:";

    public static string Of(string document) => DocumentHashes.Sha256(document);

    /// <summary>The hex digest an id names (prefix removed, lower case), or false when it is not a SHA-256 digest.</summary>
    public static bool TryParse(string? id, out string hash)
    {
        hash = string.Empty;
        if (id is null)
        {
            return false;
        }

        ReadOnlySpan<char> digest = id.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? id.AsSpan(Prefix.Length) : id.AsSpan();
        if (digest.Length != 64 || !digest.ContainsOnlyHex())
        {
            return false;
        }

        hash = digest.ToString().ToLowerInvariant();
        return true;
    }

    private static bool ContainsOnlyHex(this ReadOnlySpan<char> span)
    {
        foreach (char c in span)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
