using CreativeGraph.Persistence.Search;

namespace CreativeGraph.Persistence.Import.Csv;

/// <summary>
/// The key organisations are deduplicated by: the name through <see cref="SearchNormalizer"/> (case, accents and
/// punctuation gone), a leading "the" and trailing legal forms dropped, so "Ljubljana Design Lab d.o.o.",
/// "LJUBLJANA DESIGN LAB, D.O.O." and "Ljubljana Design Lab" are one organisation (within one country).
/// </summary>
public static class OrganisationNameKey
{
    // Normalized, so "S.A." is "s a" and "A/S" is "a s". Longest first, so "sp z o o" goes before "o".
    private static readonly string[] s_legalForms = Suffixes(
    [
        "sp z o o", "s r l", "s p a", "s a s", "s a r l", "d o o", "s r o", "a s", "s a", "e v", "b v", "n v", "gmbh co kg",
        "gmbh", "ggmbh", "ltd", "limited", "plc", "llc", "inc", "srl", "spa", "sas", "sarl", "sa", "ag", "ab", "as", "aps",
        "oy", "oyj", "bv", "nv", "ev", "kg", "ug", "kft", "zrt", "nyrt", "doo", "sro", "asbl", "vzw", "cic", "ltda", "slu", "sl",
        "ou", "uab", "sia", "ad", "eood", "ood", "ike", "ae",
    ]);

    public static string Of(string name)
    {
        string key = SearchNormalizer.Normalize(name);
        if (key.StartsWith("the ", StringComparison.Ordinal))
        {
            key = key[4..];
        }

        bool stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (string form in s_legalForms)
            {
                if (key.Length > form.Length && key.EndsWith(form, StringComparison.Ordinal))
                {
                    key = key[..^form.Length];
                    stripped = true;
                    break;
                }
            }
        }

        return key;
    }

    /// <summary>Each legal form as a word at the end: with the space before it.</summary>
    private static string[] Suffixes(string[] forms) => [.. forms.Select(f => " " + f)];
}
