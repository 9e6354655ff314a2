using CreativeGraph.Persistence.Search;

namespace CreativeGraph.Persistence.Tests.Search;

public sealed class SearchNormalizerTests
{
    [Theory]
    [InlineData("Pécs", "pecs")]
    [InlineData("PECS", "pecs")]
    [InlineData("Pe\u0301cs", "pecs")] // decomposed input: the combining accent typed on its own
    [InlineData("Magyarország", "magyarorszag")]
    [InlineData("Győr-Moson-Sopron", "gyor moson sopron")]
    [InlineData("Székesfehérvár", "szekesfehervar")]
    public void Folds_hungarian_accents_and_case(string name, string expected) => Assert.Equal(expected, SearchNormalizer.Normalize(name));

    [Theory]
    [InlineData("Århus", "arhus")]
    [InlineData("Regionsrådet, Region Midtjylland", "regionsradet region midtjylland")]
    [InlineData("fire vækstmotorer i Europa", "fire vaekstmotorer i europa")]
    [InlineData("Ærø", "aero")]
    [InlineData("Køge Bugt", "koge bugt")]
    [InlineData("ØRESUND", "oresund")]
    public void Folds_danish_letters_that_do_not_decompose(string name, string expected) => Assert.Equal(expected, SearchNormalizer.Normalize(name));

    [Theory]
    [InlineData("Inštitut za ekonomska raziskovanja", "institut za ekonomska raziskovanja")]
    [InlineData("Študija Kreativna regeneracija", "studija kreativna regeneracija")]
    [InlineData("Čatež ob Savi", "catez ob savi")]
    [InlineData("ŽALEC", "zalec")]
    public void Folds_slovenian_carons(string name, string expected) => Assert.Equal(expected, SearchNormalizer.Normalize(name));

    [Theory]
    [InlineData("Straße", "strasse")]
    [InlineData("Baden-Württemberg", "baden wurttemberg")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Gdańsk", "gdansk")]
    [InlineData("Đakovo", "dakovo")]
    [InlineData("Œuvre", "oeuvre")]
    [InlineData("Þingvellir", "thingvellir")]
    [InlineData("Reykjavík Ðrá", "reykjavik dra")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("Cataluña", "cataluna")]
    [InlineData("Rhône-Alpes", "rhone alpes")]
    [InlineData("Αθήνα", "αθηνα")]
    [InlineData("Москва́", "москва")]
    [InlineData("上海", "上海")]
    public void Folds_other_european_letters_and_keeps_other_scripts(string name, string expected) => Assert.Equal(expected, SearchNormalizer.Normalize(name));

    [Theory]
    [InlineData("  Creative \t Cities  ", "creative cities")]
    [InlineData("software/ games", "software games")]
    [InlineData("Baltic Sea Region Programme 2007–2013", "baltic sea region programme 2007 2013")]
    [InlineData("002_2fc5350b57de88cf.txt", "002 2fc5350b57de88cf txt")]
    [InlineData("Côte d’Azur", "cote d azur")]
    [InlineData("ﬁlm ２０１０", "film 2010")]
    [InlineData("Region Ⅻ", "region xii")]
    [InlineData("R&D 😀 lab", "r d lab")]
    public void Collapses_whitespace_punctuation_and_symbols_into_single_spaces(string name, string expected) =>
        Assert.Equal(expected, SearchNormalizer.Normalize(name));

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("%_%")]
    [InlineData("*?")]
    [InlineData("   ")]
    [InlineData("")]
    [InlineData("\u0301")]
    public void Wildcards_punctuation_and_whitespace_alone_normalize_to_nothing(string term) => Assert.Equal(string.Empty, SearchNormalizer.Normalize(term));

    [Fact]
    public void Percent_and_underscore_are_word_breaks_never_wildcards()
    {
        Assert.Equal("100 design", SearchNormalizer.Normalize("100% Design"));
        Assert.Equal("p cs", SearchNormalizer.Normalize("P_cs"));
        Assert.Equal("p cs", SearchNormalizer.Normalize("P%cs"));
    }

    [Fact]
    public void Normalizing_is_idempotent_for_every_folded_code_point()
    {
        foreach (char c in SearchFoldingTable.FoldedCodePoints)
        {
            string once = SearchNormalizer.Normalize(c.ToString());
            Assert.True(once == SearchNormalizer.Normalize(once), $"U+{(int)c:X4} folds to \"{once}\", which normalizes further.");
            Assert.True(once == once.ToLowerInvariant(), $"U+{(int)c:X4} folds to \"{once}\", which is not lower case.");
        }
    }

    [Fact]
    public void Long_names_are_cut_to_the_stored_length_without_a_trailing_space()
    {
        string name = string.Concat(Enumerable.Repeat("æ ", 400));

        string normalized = SearchNormalizer.Normalize(name);

        Assert.True(normalized.Length <= SearchNormalizer.MaxLength);
        Assert.StartsWith("ae ae", normalized, StringComparison.Ordinal);
        Assert.False(normalized.EndsWith(' '));
    }
}
