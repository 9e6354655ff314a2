using System.Globalization;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.Persistence.Search;

namespace CreativeGraph.Api.Search;

/// <summary>The <c>term</c> argument of <c>search</c>: checked, then normalized as stored names are.</summary>
internal static class SearchTerm
{
    /// <summary>The longest term accepted, in UTF-16 code units (names are at most 300).</summary>
    public const int MaxLength = 200;

    /// <summary>The normalized term; a field error with a code for a term that cannot be searched for.</summary>
    /// <exception cref="GraphQLException">Empty, too long, or without a letter or digit.</exception>
    public static string Normalize(string term)
    {
        if (string.IsNullOrWhiteSpace(term))
        {
            throw Error("The search term is empty: give at least one letter or digit.", SearchErrorCodes.SearchTermEmpty);
        }

        if (term.Length > MaxLength)
        {
            throw Error(
                $"The search term is {term.Length.ToString(CultureInfo.InvariantCulture)} characters long; at most {MaxLength.ToString(CultureInfo.InvariantCulture)} are allowed.",
                SearchErrorCodes.SearchTermTooLong,
                ("length", term.Length),
                ("maxLength", MaxLength));
        }

        string normalized = SearchNormalizer.Normalize(term);
        if (normalized.Length == 0)
        {
            throw Error(
                "The search term has no letter or digit. Wildcards such as % _ * ? are not supported: every term is matched anywhere in a name.",
                SearchErrorCodes.SearchTermNotSearchable);
        }

        return normalized;
    }

    private static GraphQLException Error(string message, string code, params (string Key, object? Value)[] extensions)
    {
        Dictionary<string, object?> values = new(StringComparer.Ordinal) { ["argument"] = "term" };
        foreach ((string key, object? value) in extensions)
        {
            values[key] = value;
        }

        return new GraphQLException(new GraphQLError(message, code, extensions: values));
    }
}
