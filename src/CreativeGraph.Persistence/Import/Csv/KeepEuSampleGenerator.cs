using System.Globalization;
using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Synthetic;

namespace CreativeGraph.Persistence.Import.Csv;

/// <summary>
/// Generates a keep.eu-style table of a given size, deterministic per seed, that reaches the awkward values real
/// exports have: an organisation spelled differently on different rows (case, accents, a legal form written or not),
/// countries as ISO codes, EU codes (EL, UK) or names, three date formats, amounts with thousands separators and
/// decimal commas, titles with quotes, commas and semicolons.
/// </summary>
public static class KeepEuSampleGenerator
{
    private static readonly (int Start, int End)[] s_periods = [(2000, 2006), (2007, 2013), (2014, 2020), (2021, 2027)];
    private static readonly string[] s_legalForms = ["Ltd", "GmbH", "S.A.", "d.o.o.", "e.V.", "A/S", "Oy", "S.r.l."];
    private static readonly string[][] s_roles = [["Lead Partner", "LP", "lead partner"], ["Project Partner", "Partner", "PP"], ["Associated Partner", "associated", "AP"]];

    /// <param name="projects">Projects (at least 1).</param>
    /// <param name="participations">Rows (at least twice the projects: every project has two partners or more).</param>
    public static KeepEuSample Generate(int projects, int participations, long seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(projects, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(participations, 2 * projects);
        var random = new SyntheticRandom(seed);

        // Places: 4 NUTS 2 regions per country, 3 cities per region, city names unique in their country.
        List<(string Code, string Nuts, string Name, int Id)> regions = [];
        List<(int Region, string Name, int Id)> cities = [];
        foreach ((string code, _) in SyntheticNames.Countries)
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            string eu = code switch { "GR" => "EL", "GB" => "UK", _ => code };
            for (int r = 0; r < 4; r++)
            {
                regions.Add((code, string.Create(CultureInfo.InvariantCulture, $"{eu}{r + 1}{random.Next(10)}"), SyntheticNames.Region(random), regions.Count));
                for (int c = 0; c < 3; c++)
                {
                    string city;
                    do
                    {
                        city = SyntheticNames.Place(random);
                    }
                    while (!names.Add(city));
                    cities.Add((regions.Count - 1, city, cities.Count));
                }
            }
        }

        int programmeCount = Math.Max(4, projects / 400);
        string[] programmes = [.. Enumerable.Range(0, programmeCount).Select(i => string.Create(CultureInfo.InvariantCulture, $"Interreg {SyntheticNames.Place(random)} {i + 1}"))];

        // Organisations: a unique core name each, spelled in one of several ways per row.
        int organisationCount = Math.Max(4, participations / 5);
        var organisations = new (string Core, string? LegalForm, int City)[organisationCount];
        for (int o = 0; o < organisationCount; o++)
        {
            int city = random.Next(cities.Count);
            PartnerKind kind = (PartnerKind)random.Next(Enum.GetValues<PartnerKind>().Length);
            string core = SyntheticNames.Partner(random, kind, cities[city].Name).Replace(" Ltd", "", StringComparison.Ordinal) + " " + (o + 1).ToString(CultureInfo.InvariantCulture);
            if (random.Chance(0.2))
            {
                core = core.Replace('a', 'á').Replace('e', 'é');
            }

            organisations[o] = (core, kind is PartnerKind.Company or PartnerKind.Association ? random.Pick(s_legalForms) : null, city);
        }

        // Partners per project: two each, the rest spread at random.
        int[] sizes = [.. Enumerable.Repeat(2, projects)];
        for (int extra = participations - 2 * projects; extra > 0; extra--)
        {
            sizes[random.Next(projects)]++;
        }

        List<SampleRow> rows = new(participations);
        for (int p = 0; p < projects; p++)
        {
            int programme = random.Next(programmeCount);
            (int from, int to) = s_periods[programme % s_periods.Length];
            string title = SyntheticNames.ProjectTitle(random);
            string acronym = SyntheticNames.Acronym(title, p + 1);
            if (random.Chance(0.1))
            {
                title += random.Chance(0.5) ? $" – \"{acronym}\"" : "; phase 2, extended";
            }

            var start = new DateOnly(random.Between(from, to), 1, 1).AddDays(random.Next(365));
            DateOnly end = start.AddDays(random.Between(180, 1500));
            decimal budget = random.Between(50_000, 5_000_000) + (random.Next(100) / 100m);
            decimal eu = Math.Round(budget * random.Between(50, 85) / 100m, 2);
            string[] dateFormats = [random.Pick(["yyyy-MM-dd", "dd/MM/yyyy", "dd.MM.yyyy"])];
            var taken = new HashSet<int>();
            for (int k = 0; k < sizes[p]; k++)
            {
                int organisation;
                do
                {
                    organisation = (int)(organisationCount * Math.Pow(random.NextDouble(), 2));
                }
                while (!taken.Add(organisation));

                ParticipationRole role = k == 0 ? ParticipationRole.LeadPartner : random.Chance(0.15) ? ParticipationRole.CooperationPartner : ParticipationRole.Partner;
                (string core, string? legal, int city) = organisations[organisation];
                (int region, string cityName, _) = cities[city];
                (string code, string nuts, string regionName, _) = regions[region];
                rows.Add(new SampleRow(
                    [
                        acronym, title, programmes[programme], $"{from} - {to}", start.ToString(dateFormats[0], CultureInfo.InvariantCulture),
                        end.ToString(dateFormats[0], CultureInfo.InvariantCulture), Amount(random, budget), Amount(random, eu), Spell(random, core, legal),
                        random.Pick(s_roles[role switch { ParticipationRole.LeadPartner => 0, ParticipationRole.Partner => 1, _ => 2 }]),
                        Country(random, code), nuts, regionName, cityName,
                    ],
                    organisation, p, programme, region, city, code, role, start, end, budget, eu));
            }
        }

        return new KeepEuSample { Rows = rows };
    }

    private static string Spell(SyntheticRandom random, string core, string? legalForm)
    {
        string name = random.Next(4) switch
        {
            0 => core.ToUpperInvariant(),
            1 => core.Replace('á', 'a').Replace('é', 'e'),
            _ => core,
        };
        return legalForm is null || random.Chance(0.3) ? name : name + (random.Chance(0.5) ? ", " : " ") + legalForm;
    }

    private static string Country(SyntheticRandom random, string code)
    {
        string name = SyntheticNames.Countries.First(c => c.Code == code).Name;
        return random.Next(5) switch
        {
            0 or 1 => code switch { "GR" => "EL", "GB" => "UK", _ => code },
            2 => name.ToUpperInvariant(),
            _ => name,
        };
    }

    private static string Amount(SyntheticRandom random, decimal amount) => random.Next(3) switch
    {
        0 => amount.ToString("0.00", CultureInfo.InvariantCulture),
        1 => amount.ToString("#,##0.00", CultureInfo.InvariantCulture),
        _ => amount.ToString("#,##0.00", random.Chance(0.5) ? s_decimalComma : s_spaceGrouped),
    };

    // "1.234.567,89" and "1 234 567,89", as German and French exports write amounts.
    private static readonly NumberFormatInfo s_decimalComma = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };
    private static readonly NumberFormatInfo s_spaceGrouped = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = " " };
}
