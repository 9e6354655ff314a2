using System.Globalization;
using System.Text;

namespace CreativeGraph.Persistence.Search;

/// <summary>
/// The one normalization of names and search terms, so that a term matches a name whatever its accents, case,
/// spacing and punctuation: "Pécs" → "pecs", "Baden-Württemberg" → "baden wurttemberg", "Ærø" → "aero",
/// "Straße" → "strasse". The stored <c>SearchName.NormalizedName</c> and every search term go through it.
/// </summary>
/// <remarks>
/// Per code point: letters with diacritics lose them and compatibility forms become their plain letters
/// (<see cref="SearchFoldingTable"/>, NFKD without marks); combining marks typed on their own are dropped;
/// letters and digits are lower-cased invariantly; everything else (whitespace, punctuation including
/// <c>%</c> and <c>_</c>, symbols, emoji) is a word break. Runs of breaks become one space, none at either end.
/// So <c>%</c> and <c>_</c> can never act as SQL wildcards: they do not survive normalization.
/// </remarks>
public static class SearchNormalizer
{
    /// <summary>The longest normalized name stored; longer results are cut (names are at most 300 characters).</summary>
    public const int MaxLength = 600;

    /// <summary>The normalized form of <paramref name="value"/>; empty when it holds no letter or digit.</summary>
    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        bool pendingBreak = false;
        foreach (Rune rune in value.EnumerateRunes())
        {
            if (rune.IsBmp && SearchFoldingTable.TryFold((char)rune.Value, out string folded))
            {
                foreach (char c in folded)
                {
                    if (c == SearchFoldingTable.WordBreak)
                    {
                        pendingBreak = true;
                    }
                    else
                    {
                        Append(builder, new Rune(c), ref pendingBreak);
                    }
                }

                continue;
            }

            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark:
                    break; // a combining accent typed on its own: "Pe\u0301cs" is "Pécs"
                case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.SpacingCombiningMark
                    or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber:
                    Append(builder, Rune.ToLowerInvariant(rune), ref pendingBreak);
                    break;
                default:
                    pendingBreak = true;
                    break;
            }
        }

        if (builder.Length <= MaxLength)
        {
            return builder.ToString();
        }

        int length = char.IsHighSurrogate(builder[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return builder.ToString(0, length).TrimEnd();
    }

    private static void Append(StringBuilder builder, Rune letter, ref bool pendingBreak)
    {
        if (pendingBreak && builder.Length > 0)
        {
            builder.Append(' ');
        }

        pendingBreak = false;
        Span<char> utf16 = stackalloc char[2];
        builder.Append(utf16[..letter.EncodeToUtf16(utf16)]);
    }
}
