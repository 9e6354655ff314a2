namespace CreativeGraph.Data.Tests.Fixtures;

/// <summary>
/// A generated dataset (fixed seeds): cities with many ties, NULLs in every nullable member and mixed case names;
/// partners in those cities, 2 000 projects with 1–4 partners each, and provenance facts keyed by name.
/// </summary>
public sealed class Dataset
{
    private static readonly string[] s_syllables = ["ber", "Lin", "pa", "RIS", "ma", "dri", "Ro", "me", "na", "Po", "li", "ge"];

    // Letters beyond ASCII in both cases (Danish, Czech, Hungarian, Polish, French, German) for text filters and sorts.
    private static readonly string[] s_accented = ["Århus", "ærø", "ČESKÝ", "čelo", "ŐRSÉG", "őz", "ŁÓDŹ", "łódź", "ÉCOLE", "été", "STRAßE", "grüße"];

    public List<Region> Regions { get; } = [];

    public List<City> Cities { get; } = [];

    public List<Partner> Partners { get; } = [];

    public List<Project> Projects { get; } = [];

    public List<Fact> Facts { get; } = [];

    public IEnumerable<Participation> Participations => Projects.SelectMany(p => p.Participations);

    public static Dataset Generate(int seed = 20251122, int count = 120)
    {
        Dataset data = new();
        Random random = new(seed);
        data.Regions.AddRange(Enumerable.Range(1, 6).Select(i => new Region { Id = i, Name = Word(random, 2), Rank = random.Next(3) }));
        int districtId = 1;
        for (int id = 1; id <= count; id++)
        {
            Region? region = random.Next(5) == 0 ? null : data.Regions[random.Next(data.Regions.Count)];
            City city = new()
            {
                Id = id,
                Name = Word(random, 1 + random.Next(3)),
                Nickname = random.Next(3) == 0 ? null : Word(random, 2),
                Population = random.Next(8) * 1000,
                Altitude = random.Next(4) == 0 ? null : random.Next(5) * 100,
                Visitors = random.Next(5) * 10_000_000_000L,
                Area = random.Next(6) * 12.5m,
                Rating = random.Next(5) / 2.0,
                UpdatedAt = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(random.Next(10) * 6),
                Founded = new DateOnly(1000 + (random.Next(6) * 150), 1 + random.Next(12), 1),
                Code = new Guid(random.Next(4), 0, 0, new byte[8]),
                IsCapital = random.Next(4) == 0,
                Coastal = random.Next(3) switch { 0 => null, 1 => true, _ => false },
                Kind = (CityKind)random.Next(3),
                FormerKind = random.Next(3) == 0 ? null : (CityKind)random.Next(3),
                Secret = "s" + id,
                RegionId = region?.Id,
                Region = region,
            };
            for (int d = random.Next(4); d > 0; d--)
            {
                city.Districts.Add(new District { Id = districtId++, Name = Word(random, 2), Population = random.Next(5) * 100, CityId = id });
            }

            data.Cities.Add(city);
        }

        // Without touching the random sequence: every fourth name and every third nickname gets accented letters,
        // and every fifth area differs from its neighbours only beyond double precision.
        foreach (City city in data.Cities)
        {
            if (city.Id % 4 == 0)
            {
                city.Name = s_accented[city.Id / 4 % s_accented.Length] + city.Name;
            }

            if (city.Id % 3 == 0 && city.Nickname is not null)
            {
                city.Nickname += s_accented[city.Id / 3 % s_accented.Length];
            }

            if (city.Id % 5 == 0)
            {
                city.Area += 0.0000000000000001m;
            }
        }

        data.AddGraph(new Random(seed + 1));
        return data;
    }

    private void AddGraph(Random random)
    {
        for (int id = 1; id <= 300; id++)
        {
            City? city = random.Next(6) == 0 ? null : Cities[random.Next(Cities.Count)];
            Partners.Add(new Partner
            {
                Id = id,
                Name = $"{Word(random, 2)} {id}",
                Acronym = random.Next(3) == 0 ? null : Word(random, 1).ToUpperInvariant(),
                Staff = random.Next(6) * 10,
                CityId = city?.Id,
                City = city,
            });
        }

        int participationId = 1;
        for (int id = 1; id <= 2000; id++)
        {
            Project project = new() { Id = id, Acronym = Word(random, 2).ToUpperInvariant() + id, Year = 2014 + random.Next(10) };
            foreach (Partner partner in Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Partners[random.Next(Partners.Count)]).Distinct())
            {
                project.Participations.Add(new Participation
                {
                    Id = participationId++,
                    ProjectId = id,
                    Project = project,
                    PartnerId = partner.Id,
                    Partner = partner,
                    Role = (ParticipationRole)random.Next(3),
                });
            }

            Projects.Add(project);
        }

        // The inverse navigations, so LINQ to objects walks relations in both directions as the database does.
        foreach (City city in Cities)
        {
            city.Region?.Cities.Add(city);
        }

        foreach (Partner partner in Partners)
        {
            partner.City?.Partners.Add(partner);
        }

        foreach (Participation participation in Participations)
        {
            participation.Partner.Participations.Add(participation);
        }

        int factId = 1;
        foreach ((string type, string key) in Partners.Select(p => ("Partner", p.Name)).Concat(Regions.Select(r => ("Region", r.Name))))
        {
            for (int f = random.Next(3); f > 0; f--)
            {
                Facts.Add(new Fact { Id = factId, EntityType = type, EntityKey = key, Text = $"fact {factId}" });
                factId++;
            }
        }

        // The same key under another entity type: a composite key must not mix them up.
        Facts.Add(new Fact { Id = factId, EntityType = "Project", EntityKey = Partners[0].Name, Text = "not a partner's fact" });
    }

    private static string Word(Random random, int syllables) =>
        string.Concat(Enumerable.Range(0, syllables).Select(_ => s_syllables[random.Next(s_syllables.Length)]));
}
