namespace CreativeGraph.Persistence.Search;

/// <summary>How a name matched a search term, best first (the order results are ranked in).</summary>
public enum SearchMatch
{
    /// <summary>The normalized name equals the normalized term.</summary>
    Exact,

    /// <summary>The normalized name starts with the normalized term.</summary>
    Prefix,

    /// <summary>The normalized name contains the normalized term elsewhere.</summary>
    Contains,
}
