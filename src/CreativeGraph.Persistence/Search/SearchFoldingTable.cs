using System.Collections.Frozen;

namespace CreativeGraph.Persistence.Search;

/// <summary>
/// How <see cref="SearchNormalizer"/> folds the letters of the Latin, Greek and Cyrillic blocks and the
/// compatibility forms (ligatures, super- and subscripts, number forms, full-width letters) that users type.
/// </summary>
/// <remarks>
/// The API runs with <c>InvariantGlobalization</c>, where <see cref="string.Normalize(System.Text.NormalizationForm)"/>
/// has no Unicode data and returns its input unchanged; a table also keeps the stored column identical on every
/// machine and every API instance, whatever ICU they have. Each row gives the folded form of 16 consecutive code
/// points from <c>Start</c>: <c>-</c> leaves the code point to the general rule, <c>_</c> inside a cell is a word break.
/// Rows were generated once with ICU (not invariant): for every letter or number, its NFKD decomposition without
/// nonspacing and enclosing marks, lower-cased invariantly, with non-letters turned into word breaks, then the
/// letters NFKD does not decompose folded as readers type them without the keyboard: ø→o, æ→ae, ß→ss, đ ð→d,
/// ł→l, œ→oe, þ→th, ħ→h, ı→i, ŧ→t, ς→σ. Rows with no folded code point are left out.
/// </remarks>
internal static class SearchFoldingTable
{
    /// <summary>Marks a word break in a folded form.</summary>
    public const char WordBreak = '_';

    private static readonly (int Start, string Row)[] s_rows =
    [
        (0x00A0, "- - - - - - - - - - a - - - - -"),
        (0x00B0, "- - 2 3 - \u03BC - - - 1 o - 1_4 1_2 3_4 -"),
        (0x00C0, "a a a a a a ae c e e e e i i i i"),
        (0x00D0, "d n o o o o o - o u u u u y th ss"),
        (0x00E0, "a a a a a a ae c e e e e i i i i"),
        (0x00F0, "d n o o o o o - o u u u u y th y"),
        (0x0100, "a a a a a a c c c c c c c c d d"),
        (0x0110, "d d e e e e e e e e e e g g g g"),
        (0x0120, "g g g g h h h h i i i i i i i i"),
        (0x0130, "i i ij ij j j k k - l l l l l l l"),
        (0x0140, "l l l n n n n n n n \u014B - o o o o"),
        (0x0150, "o o oe oe r r r r r r s s s s s s"),
        (0x0160, "s s t t t t t t u u u u u u u u"),
        (0x0170, "u u u u w w y y y z z z z z z s"),
        (0x0180, "- \u0253 \u0183 - \u0185 - \u0254 \u0188 - \u0256 \u0257 \u018C - - \u01DD \u0259"),
        (0x0190, "\u025B \u0192 - \u0260 \u0263 - \u0269 \u0268 \u0199 - - - \u026F \u0272 - \u0275"),
        (0x01A0, "o o \u01A3 - \u01A5 - \u0280 \u01A8 - \u0283 - - \u01AD - \u0288 u"),
        (0x01B0, "u \u028A \u028B \u01B4 - \u01B6 - \u0292 \u01B9 - - - \u01BD - - -"),
        (0x01C0, "- - - - dz dz dz lj lj lj nj nj nj a a i"),
        (0x01D0, "i o o u u u u u u u u u u - a a"),
        (0x01E0, "a a ae ae \u01E5 - g g k k o o o o \u0292 \u0292"),
        (0x01F0, "j dz dz dz g g \u0195 \u01BF n n a a ae ae o o"),
        (0x0200, "a a a a e e e e i i i i o o o o"),
        (0x0210, "r r r r u u u u s s t t \u021D - h h"),
        (0x0220, "\u019E - \u0223 - \u0225 - a a e e o o o o o o"),
        (0x0230, "o o y y - - - - - - \u2C65 \u023C - \u019A \u2C66 -"),
        (0x0240, "- \u0242 - \u0180 \u0289 \u028C \u0247 - \u0249 - \u024B - \u024D - \u024F -"),
        (0x0370, "\u0371 - \u0373 - \u02B9 - \u0377 - - - _ - - - - \u03F3"),
        (0x0380, "- - - - - - \u03B1 - \u03B5 \u03B7 \u03B9 - \u03BF - \u03C5 \u03C9"),
        (0x0390, "\u03B9 \u03B1 \u03B2 \u03B3 \u03B4 \u03B5 \u03B6 \u03B7 \u03B8 \u03B9 \u03BA \u03BB \u03BC \u03BD \u03BE \u03BF"),
        (0x03A0, "\u03C0 \u03C1 - \u03C3 \u03C4 \u03C5 \u03C6 \u03C7 \u03C8 \u03C9 \u03B9 \u03C5 \u03B1 \u03B5 \u03B7 \u03B9"),
        (0x03B0, "\u03C5 - - - - - - - - - - - - - - -"),
        (0x03C0, "- - \u03C3 - - - - - - - \u03B9 \u03C5 \u03BF \u03C5 \u03C9 \u03D7"),
        (0x03D0, "\u03B2 \u03B8 \u03C5 \u03C5 \u03C5 \u03C6 \u03C0 - \u03D9 - \u03DB - \u03DD - \u03DF -"),
        (0x03E0, "\u03E1 - \u03E3 - \u03E5 - \u03E7 - \u03E9 - \u03EB - \u03ED - \u03EF -"),
        (0x03F0, "\u03BA \u03C1 \u03C3 - \u03B8 \u03B5 - \u03F8 - \u03C3 \u03FB - - \u037B \u037C \u037D"),
        (0x0400, "\u0435 \u0435 \u0452 \u0433 \u0454 \u0455 \u0456 \u0456 \u0458 \u0459 \u045A \u045B \u043A \u0438 \u0443 \u045F"),
        (0x0410, "\u0430 \u0431 \u0432 \u0433 \u0434 \u0435 \u0436 \u0437 \u0438 \u0438 \u043A \u043B \u043C \u043D \u043E \u043F"),
        (0x0420, "\u0440 \u0441 \u0442 \u0443 \u0444 \u0445 \u0446 \u0447 \u0448 \u0449 \u044A \u044B \u044C \u044D \u044E \u044F"),
        (0x0430, "- - - - - - - - - \u0438 - - - - - -"),
        (0x0450, "\u0435 \u0435 - \u0433 - - - \u0456 - - - - \u043A \u0438 \u0443 -"),
        (0x0460, "\u0461 - \u0463 - \u0465 - \u0467 - \u0469 - \u046B - \u046D - \u046F -"),
        (0x0470, "\u0471 - \u0473 - \u0475 - \u0475 \u0475 \u0479 - \u047B - \u047D - \u047F -"),
        (0x0480, "\u0481 - - - - - - - - - \u048B - \u048D - \u048F -"),
        (0x0490, "\u0491 - \u0493 - \u0495 - \u0497 - \u0499 - \u049B - \u049D - \u049F -"),
        (0x04A0, "\u04A1 - \u04A3 - \u04A5 - \u04A7 - \u04A9 - \u04AB - \u04AD - \u04AF -"),
        (0x04B0, "\u04B1 - \u04B3 - \u04B5 - \u04B7 - \u04B9 - \u04BB - \u04BD - \u04BF -"),
        (0x04C0, "\u04CF \u0436 \u0436 \u04C4 - \u04C6 - \u04C8 - \u04CA - \u04CC - \u04CE - -"),
        (0x04D0, "\u0430 \u0430 \u0430 \u0430 \u04D5 - \u0435 \u0435 \u04D9 - \u04D9 \u04D9 \u0436 \u0436 \u0437 \u0437"),
        (0x04E0, "\u04E1 - \u0438 \u0438 \u0438 \u0438 \u043E \u043E \u04E9 - \u04E9 \u04E9 \u044D \u044D \u0443 \u0443"),
        (0x04F0, "\u0443 \u0443 \u0443 \u0443 \u0447 \u0447 \u04F7 - \u044B \u044B \u04FB - \u04FD - \u04FF -"),
        (0x1E00, "a a b b b b b b c c d d d d d d"),
        (0x1E10, "d d d d e e e e e e e e e e f f"),
        (0x1E20, "g g h h h h h h h h h h i i i i"),
        (0x1E30, "k k k k k k l l l l l l l l m m"),
        (0x1E40, "m m m m n n n n n n n n o o o o"),
        (0x1E50, "o o o o p p p p r r r r r r r r"),
        (0x1E60, "s s s s s s s s s s t t t t t t"),
        (0x1E70, "t t u u u u u u u u u u v v v v"),
        (0x1E80, "w w w w w w w w w w x x x x y y"),
        (0x1E90, "z z z z z z h t w y a\u02BE s - - ss -"),
        (0x1EA0, "a a a a a a a a a a a a a a a a"),
        (0x1EB0, "a a a a a a a a e e e e e e e e"),
        (0x1EC0, "e e e e e e e e i i i i o o o o"),
        (0x1ED0, "o o o o o o o o o o o o o o o o"),
        (0x1EE0, "o o o o u u u u u u u u u u u u"),
        (0x1EF0, "u u y y y y y y y y \u1EFB - \u1EFD - \u1EFF -"),
        (0x1F00, "\u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1"),
        (0x1F10, "\u03B5 \u03B5 \u03B5 \u03B5 \u03B5 \u03B5 - - \u03B5 \u03B5 \u03B5 \u03B5 \u03B5 \u03B5 - -"),
        (0x1F20, "\u03B7 \u03B7 \u03B7 \u03B7 \u03B7 \u03B7 \u03B7 \u03B7 \u03B7 \u03B7 \u03B7 \u03B7 \u03B7 \u03B7 \u03B7 \u03B7"),
        (0x1F30, "\u03B9 \u03B9 \u03B9 \u03B9 \u03B9 \u03B9 \u03B9 \u03B9 \u03B9 \u03B9 \u03B9 \u03B9 \u03B9 \u03B9 \u03B9 \u03B9"),
        (0x1F40, "\u03BF \u03BF \u03BF \u03BF \u03BF \u03BF - - \u03BF \u03BF \u03BF \u03BF \u03BF \u03BF - -"),
        (0x1F50, "\u03C5 \u03C5 \u03C5 \u03C5 \u03C5 \u03C5 \u03C5 \u03C5 - \u03C5 - \u03C5 - \u03C5 - \u03C5"),
        (0x1F60, "\u03C9 \u03C9 \u03C9 \u03C9 \u03C9 \u03C9 \u03C9 \u03C9 \u03C9 \u03C9 \u03C9 \u03C9 \u03C9 \u03C9 \u03C9 \u03C9"),
        (0x1F70, "\u03B1 \u03B1 \u03B5 \u03B5 \u03B7 \u03B7 \u03B9 \u03B9 \u03BF \u03BF \u03C5 \u03C5 \u03C9 \u03C9 - -"),
        (0x1F80, "\u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1"),
        (0x1F90, "\u03B7 \u03B7 \u03B7 \u03B7 \u03B7 \u03B7 \u03B7 \u03B7 \u03B7 \u03B7 \u03B7 \u03B7 \u03B7 \u03B7 \u03B7 \u03B7"),
        (0x1FA0, "\u03C9 \u03C9 \u03C9 \u03C9 \u03C9 \u03C9 \u03C9 \u03C9 \u03C9 \u03C9 \u03C9 \u03C9 \u03C9 \u03C9 \u03C9 \u03C9"),
        (0x1FB0, "\u03B1 \u03B1 \u03B1 \u03B1 \u03B1 - \u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1 \u03B1 - \u03B9 -"),
        (0x1FC0, "- - \u03B7 \u03B7 \u03B7 - \u03B7 \u03B7 \u03B5 \u03B5 \u03B7 \u03B7 \u03B7 - - -"),
        (0x1FD0, "\u03B9 \u03B9 \u03B9 \u03B9 - - \u03B9 \u03B9 \u03B9 \u03B9 \u03B9 \u03B9 - - - -"),
        (0x1FE0, "\u03C5 \u03C5 \u03C5 \u03C5 \u03C1 \u03C1 \u03C5 \u03C5 \u03C5 \u03C5 \u03C5 \u03C5 \u03C1 - - -"),
        (0x1FF0, "- - \u03C9 \u03C9 \u03C9 - \u03C9 \u03C9 \u03BF \u03BF \u03C9 \u03C9 \u03C9 - - -"),
        (0x2070, "0 i - - 4 5 6 7 8 9 - - - - - n"),
        (0x2080, "0 1 2 3 4 5 6 7 8 9 - - - - - -"),
        (0x2090, "a e o x \u0259 h k l m n p s t - - -"),
        (0x2100, "- - c - - - - \u025B - - g h h h h h"),
        (0x2110, "i i l l - n - - - p q r r r - -"),
        (0x2120, "- - - - z - \u03C9 - z - k a b c - e"),
        (0x2130, "e f \u214E m o \u05D0 \u05D1 \u05D2 \u05D3 i - - \u03C0 \u03B3 \u03B3 \u03C0"),
        (0x2140, "- - - - - d d e i j - - - - - -"),
        (0x2150, "1_7 1_9 1_10 1_3 2_3 1_5 2_5 3_5 4_5 1_6 5_6 1_8 3_8 5_8 7_8 1"),
        (0x2160, "i ii iii iv v vi vii viii ix x xi xii l c d m"),
        (0x2170, "i ii iii iv v vi vii viii ix x xi xii l c d m"),
        (0x2180, "- - - \u2184 - - - - - 0_3 - - - - - -"),
        (0x2460, "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16"),
        (0x2470, "17 18 19 20 1 2 3 4 5 6 7 8 9 10 11 12"),
        (0x2480, "13 14 15 16 17 18 19 20 1 2 3 4 5 6 7 8"),
        (0x2490, "9 10 11 12 13 14 15 16 17 18 19 20 - - - -"),
        (0x24E0, "- - - - - - - - - - 0 - - - - -"),
        (0xFB00, "ff fi fl ffi ffl st st - - - - - - - - -"),
        (0xFF10, "0 1 2 3 4 5 6 7 8 9 - - - - - -"),
        (0xFF20, "- a b c d e f g h i j k l m n o"),
        (0xFF30, "p q r s t u v w x y z - - - - -"),
        (0xFF40, "- a b c d e f g h i j k l m n o"),
        (0xFF50, "p q r s t u v w x y z - - - - -"),
        (0xFF60, "- - - - - - \u30F2 \u30A1 \u30A3 \u30A5 \u30A7 \u30A9 \u30E3 \u30E5 \u30E7 \u30C3"),
        (0xFF70, "\u30FC \u30A2 \u30A4 \u30A6 \u30A8 \u30AA \u30AB \u30AD \u30AF \u30B1 \u30B3 \u30B5 \u30B7 \u30B9 \u30BB \u30BD"),
        (0xFF80, "\u30BF \u30C1 \u30C4 \u30C6 \u30C8 \u30CA \u30CB \u30CC \u30CD \u30CE \u30CF \u30D2 \u30D5 \u30D8 \u30DB \u30DE"),
        (0xFF90, "\u30DF \u30E0 \u30E1 \u30E2 \u30E4 \u30E6 \u30E8 \u30E9 \u30EA \u30EB \u30EC \u30ED \u30EF \u30F3 _ _"),
        (0xFFA0, "\u1160 \u1100 \u1101 \u11AA \u1102 \u11AC \u11AD \u1103 \u1104 \u1105 \u11B0 \u11B1 \u11B2 \u11B3 \u11B4 \u11B5"),
        (0xFFB0, "\u111A \u1106 \u1107 \u1108 \u1121 \u1109 \u110A \u110B \u110C \u110D \u110E \u110F \u1110 \u1111 \u1112 -"),
        (0xFFC0, "- - \u1161 \u1162 \u1163 \u1164 \u1165 \u1166 - - \u1167 \u1168 \u1169 \u116A \u116B \u116C"),
        (0xFFD0, "- - \u116D \u116E \u116F \u1170 \u1171 \u1172 - - \u1173 \u1174 \u1175 - - -"),
    ];

    private static readonly FrozenDictionary<char, string> s_folds = Build();

    /// <summary>The folded form of <paramref name="c"/> when the table has one.</summary>
    public static bool TryFold(char c, out string folded) => s_folds.TryGetValue(c, out folded!);

    private static FrozenDictionary<char, string> Build()
    {
        var folds = new Dictionary<char, string>();
        foreach ((int start, string row) in s_rows)
        {
            string[] cells = row.Split(' ');
            for (int i = 0; i < cells.Length; i++)
            {
                if (cells[i] != "-")
                {
                    folds.Add((char)(start + i), cells[i]);
                }
            }
        }

        return folds.ToFrozenDictionary();
    }

    /// <summary>Every code point the table folds (for tests).</summary>
    internal static IEnumerable<char> FoldedCodePoints => s_folds.Keys;
}
