namespace CreativeGraph.Api.Search;

/// <summary>Codes of the knowledge graph's search field (<c>extensions.code</c>).</summary>
public static class SearchErrorCodes
{
    // The knowledge graph's search field (CreativeGraph.Api/Search): a term it cannot search for.

    /// <summary>An empty or whitespace-only search term.</summary>
    public const string SearchTermEmpty = "SEARCH_TERM_EMPTY";

    /// <summary>A search term longer than the field allows.</summary>
    public const string SearchTermTooLong = "SEARCH_TERM_TOO_LONG";

    /// <summary>A search term with no letter or digit (only wildcards such as <c>%</c>, <c>_</c>, <c>*</c>, or punctuation).</summary>
    public const string SearchTermNotSearchable = "SEARCH_TERM_NOT_SEARCHABLE";
}
