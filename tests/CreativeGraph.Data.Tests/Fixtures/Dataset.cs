namespace CreativeGraph.Data.Tests.Fixtures;

/// <summary>A generated dataset (fixed seed): many ties, NULLs in every nullable member, mixed case names.</summary>
public static class Dataset
{
    private static readonly string[] s_syllables = ["ber", "Lin", "pa", "RIS", "ma", "dri", "Ro", "me", "na", "Po", "li", "ge"];

    public static (List<Region> Regions, List<City> Cities) Generate(int seed = 20251122, int count = 120)
    {
        Random random = new(seed);
        List<Region> regions = [.. Enumerable.Range(1, 6).Select(i => new Region { Id = i, Name = Word(random, 2), Rank = random.Next(3) })];
        List<City> cities = [];
        int districtId = 1;
        for (int id = 1; id <= count; id++)
        {
            Region? region = random.Next(5) == 0 ? null : regions[random.Next(regions.Count)];
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

            cities.Add(city);
        }

        return (regions, cities);
    }

    private static string Word(Random random, int syllables) =>
        string.Concat(Enumerable.Range(0, syllables).Select(_ => s_syllables[random.Next(s_syllables.Length)]));
}
