namespace CreativeGraph.Persistence.Seed;

/// <summary>Turns a website as printed ("www.leipzig.de") into an absolute URL ("https://www.leipzig.de").</summary>
internal static class WebsiteNormalizer
{
    public static bool TryNormalize(string website, out string url)
    {
        string candidate = website.Trim();
        if (!candidate.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            && !candidate.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            candidate = "https://" + candidate;
        }

        if (Uri.TryCreate(candidate, UriKind.Absolute, out Uri? uri)
            && uri.Host.Contains('.', StringComparison.Ordinal)
            && !candidate.Contains(',', StringComparison.Ordinal)
            && !candidate.Contains(' ', StringComparison.Ordinal))
        {
            // Keep the path as written; only a bare host loses nothing by dropping the trailing slash.
            url = uri.AbsolutePath == "/" && !candidate.EndsWith('/') ? uri.GetLeftPart(UriPartial.Authority) : uri.AbsoluteUri;
            return true;
        }

        url = "";
        return false;
    }
}
