using System.Globalization;
using System.Text;

namespace CreativeGraph.Persistence.Synthetic;

/// <summary>Word lists and name builders of the synthetic graph. Place names are made up from syllables.</summary>
internal static class SyntheticNames
{
    public static readonly IReadOnlyList<(string Code, string Name)> Countries =
    [
        ("DE", "Germany"), ("FR", "France"), ("IT", "Italy"), ("ES", "Spain"), ("PL", "Poland"), ("NL", "Netherlands"),
        ("BE", "Belgium"), ("AT", "Austria"), ("CZ", "Czechia"), ("HU", "Hungary"), ("SI", "Slovenia"), ("SK", "Slovakia"),
        ("DK", "Denmark"), ("SE", "Sweden"), ("FI", "Finland"), ("NO", "Norway"), ("EE", "Estonia"), ("LV", "Latvia"),
        ("LT", "Lithuania"), ("PT", "Portugal"), ("IE", "Ireland"), ("GB", "United Kingdom"), ("GR", "Greece"), ("RO", "Romania"),
        ("BG", "Bulgaria"), ("HR", "Croatia"), ("CY", "Cyprus"), ("MT", "Malta"), ("LU", "Luxembourg"), ("CH", "Switzerland"),
        ("IS", "Iceland"), ("RS", "Serbia"),
    ];

    public static readonly IReadOnlyList<string> Sectors =
    [
        "architecture", "design", "fashion", "film", "music", "performing arts", "visual arts", "publishing",
        "advertising", "crafts", "video games", "software", "broadcasting", "cultural heritage", "museums",
        "photography", "textiles", "gastronomy", "tourism", "creative education", "digital media", "animation",
        "festivals", "libraries", "interior design", "industrial design",
    ];

    private static readonly string[] s_onsets = ["b", "br", "d", "dr", "f", "g", "gr", "k", "kr", "l", "m", "n", "p", "r", "s", "st", "t", "tr", "v", "z", "h", "j", "sk", "pl"];
    private static readonly string[] s_vowels = ["a", "e", "i", "o", "u", "ia", "ei", "ou", "ar", "en", "or"];
    private static readonly string[] s_codas = ["", "", "n", "r", "s", "l", "m", "rg", "nd", "sk", "ck", "t"];
    private static readonly string[] s_regionSuffixes = ["Region", "Province", "County", "Valley", "Coast", "Highlands", "Lowlands"];
    private static readonly string[] s_programmeWords = ["Interreg", "Creative", "Cultural", "Innovation", "Cohesion", "Urban", "Baltic", "Alpine", "Danube", "Atlantic", "Mediterranean", "North Sea"];
    private static readonly string[] s_titleAdjectives = ["Creative", "Smart", "Cultural", "Digital", "Sustainable", "Innovative", "Open", "Shared", "Inclusive", "Green"];
    private static readonly string[] s_titleNouns = ["Cities", "Districts", "Industries", "Hubs", "Clusters", "Spaces", "Economies", "Networks", "Quarters", "Labs"];
    private static readonly string[] s_titleGoals = ["for Growth", "in Small Towns", "across Borders", "for Young Talent", "for Regional Development", "and Heritage", "in Transition", "for Entrepreneurs"];
    private static readonly string[] s_networkWords = ["Creative Regions", "Design Cities", "Cultural Capitals", "Innovation Districts", "Heritage Towns", "Music Cities", "Film Regions", "Craft Regions"];
    private static readonly string[] s_firstNames = ["Anna", "Lars", "Marta", "Piotr", "Giulia", "Jan", "Eva", "Tomas", "Sofia", "Luca", "Ingrid", "Mateo", "Zofia", "Henrik", "Clara", "Milan", "Ana", "Felix", "Nora", "Pavel"];
    private static readonly string[] s_lastNames = ["Novak", "Rossi", "Jensen", "Kowalski", "Müller", "García", "Horváth", "Dupont", "Nielsen", "Bianchi", "Kovač", "Lindqvist", "Silva", "Wagner", "Popescu", "Virtanen"];

    /// <summary>A pronounceable made-up name of two or three syllables, capitalised.</summary>
    public static string Place(SyntheticRandom random)
    {
        var name = new StringBuilder();
        int syllables = random.Chance(0.6) ? 2 : 3;
        for (int i = 0; i < syllables; i++)
        {
            name.Append(random.Pick(s_onsets)).Append(random.Pick(s_vowels));
        }

        name.Append(random.Pick(s_codas));
        name[0] = char.ToUpperInvariant(name[0]);
        return name.ToString();
    }

    public static string Region(SyntheticRandom random) => Place(random) + " " + random.Pick(s_regionSuffixes);

    public static string Programme(SyntheticRandom random, int index, int startYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{random.Pick(s_programmeWords)} {Place(random)} Programme {startYear}–{startYear + 6} ({index})");

    public static string ProjectTitle(SyntheticRandom random) =>
        $"{random.Pick(s_titleAdjectives)} {random.Pick(s_titleNouns)} {random.Pick(s_titleGoals)}";

    /// <summary>An acronym unique by construction: letters from the title, then the project's number.</summary>
    public static string Acronym(string title, int index)
    {
        var letters = new StringBuilder();
        foreach (string word in title.Split(' '))
        {
            if (word.Length > 2 || letters.Length == 0)
            {
                letters.Append(char.ToUpperInvariant(word[0]));
            }
        }

        return letters.Append('-').Append(index.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    public static string Network(SyntheticRandom random, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{random.Pick(s_networkWords)} of {Place(random)} ({index})");

    public static string Person(SyntheticRandom random) => random.Pick(s_firstNames) + " " + random.Pick(s_lastNames);

    /// <summary>The organisation's name for its kind, e.g. "City of Valdor" for a municipality.</summary>
    public static string Partner(SyntheticRandom random, Model.PartnerKind kind, string city) => kind switch
    {
        Model.PartnerKind.Municipality => random.Chance(0.5) ? "City of " + city : "Municipality of " + city,
        Model.PartnerKind.RegionalAuthority => "Regional Council of " + city,
        Model.PartnerKind.DevelopmentAgency => city + " Development Agency",
        Model.PartnerKind.Foundation => Place(random) + " Foundation",
        Model.PartnerKind.ResearchInstitute => random.Chance(0.5) ? "University of " + city : "Institute for Creative Economy " + city,
        Model.PartnerKind.Company => Place(random) + (random.Chance(0.5) ? " Studio" : " Media") + " Ltd",
        Model.PartnerKind.Cluster => city + " " + random.Pick(s_titleAdjectives) + " Industries Cluster",
        Model.PartnerKind.Association => "Association of " + random.Pick(s_titleAdjectives) + " Professionals " + city,
        Model.PartnerKind.ChamberOfCommerce => city + " Chamber of Commerce",
        Model.PartnerKind.GovernmentBody => "Ministry of Culture Office " + city,
        _ => Place(random) + " Creative Centre",
    };

    /// <summary>A slug of <paramref name="name"/> (ASCII letters and digits, '-' between words) made unique by a suffix.</summary>
    public static string Slug(string prefix, string name, int index)
    {
        var slug = new StringBuilder(prefix).Append('-');
        bool dash = false;
        foreach (char c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (dash)
                {
                    slug.Append('-');
                }

                slug.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                dash = slug.Length > prefix.Length + 1;
            }

            if (slug.Length > 90)
            {
                break;
            }
        }

        return slug.Append('-').Append(index.ToString(CultureInfo.InvariantCulture)).ToString();
    }
}
