using System.Globalization;
using System.Text.Json;
using CreativeGraph.Data.Tests.Fixtures;

namespace CreativeGraph.Data.Tests;

/// <summary>
/// Random where/order/first/after (and last/before) cases, random filters through relations, and where/order/skip/take
/// cases of offset paging, run through GraphQL against the database and through LINQ to objects over the same data:
/// results must be identical (stated once, run per provider).
/// </summary>
public abstract class DifferentialTests<TFixture>(TFixture db)
    where TFixture : DataFixture
{
    [ProviderFact]
    public async Task Random_where_order_and_paging_agree_with_LINQ_to_objects()
    {
        Random random = new(4242);
        for (int i = 0; i < 300; i++)
        {
            (string where, Func<City, bool> predicate) = CityArguments.Where(random, depth: 0);
            (string order, (Func<City, object?>, bool)[] keys) = CityArguments.Order(random);
            int[] expected = db.Ids(db.Cities.Where(predicate), keys);
            int size = 1 + random.Next(15);
            bool backward = random.Next(4) == 0;
            string arguments = $"where: {where}, order: [{order}]";

            List<int> seen = [];
            string? cursor = null;
            for (int page = 0; page < 4; page++)
            {
                string slice = backward
                    ? $"last: {size}" + (cursor is null ? "" : $", before: \"{cursor}\"")
                    : $"first: {size}" + (cursor is null ? "" : $", after: \"{cursor}\"");
                string query = $$"""{ cities({{slice}}, {{arguments}}) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id } } }""";
                JsonElement result = await db.ExecuteAsync(query);
                int[] ids = Expected.ResultIds(result, "cities");
                JsonElement pageInfo = result.GetProperty("data").GetProperty("cities").GetProperty("pageInfo");
                int[] want = backward
                    ? [.. expected.SkipLast(seen.Count).TakeLast(size)]
                    : [.. expected.Skip(seen.Count).Take(size)];
                Assert.True(want.SequenceEqual(ids), $"case {i} page {page}: {query}\nexpected [{string.Join(',', want)}]\nactual   [{string.Join(',', ids)}]");
                seen.AddRange(ids);
                bool more = seen.Count < expected.Length;
                Assert.True(more == pageInfo.GetProperty(backward ? "hasPreviousPage" : "hasNextPage").GetBoolean(), $"case {i} page {page}: {query}");
                if (!more)
                {
                    break;
                }

                cursor = pageInfo.GetProperty(backward ? "startCursor" : "endCursor").GetString();
            }
        }
    }

    [ProviderFact]
    public async Task Random_relation_filters_agree_with_LINQ_to_objects()
    {
        Random random = new(1414);
        Dataset data = db.Data;
        for (int i = 0; i < 240; i++)
        {
            int hops = 1 + random.Next(3);
            (string query, int[] expected, string list) = (i % 3) switch
            {
                0 => Case(RelationArguments.Project(random, hops), w => $"{{ projects(first: 2000, where: {w}) {{ nodes {{ id }} }} }}", data.Projects, p => p.Id, "projects"),
                1 => Case(RelationArguments.Partner(random, hops), w => $"{{ partnerList(where: {w}) {{ id }} }}", data.Partners, p => p.Id, "partnerList"),
                _ => Case(RelationArguments.Region(random, hops), w => $"{{ regionList(where: {w}) {{ id }} }}", data.Regions, r => r.Id, "regionList"),
            };

            JsonElement result = await db.ExecuteAsync(query);
            int[] ids = [.. Expected.ResultIds(result, list).Order()];
            Assert.True(expected.SequenceEqual(ids), $"case {i}: {query}\nexpected [{string.Join(',', expected)}]\nactual   [{string.Join(',', ids)}]\n{result}");
        }
    }

    private static (string Query, int[] Expected, string List) Case<T>((string Where, Func<T, bool> Predicate) filter, Func<string, string> query, IEnumerable<T> rows, Func<T, int> id, string list) =>
        (query(filter.Where), [.. rows.Where(filter.Predicate).Select(id).Order()], list);

    [ProviderFact]
    public async Task Random_aggregates_and_groupings_agree_with_LINQ_to_objects()
    {
        (string Enum, string Field, Func<City, object?> Value)[] keys =
        [
            ("KIND", "kind", c => c.Kind.ToString().ToUpperInvariant()), ("IS_CAPITAL", "isCapital", c => c.IsCapital),
            ("COASTAL", "coastal", c => c.Coastal), ("POPULATION", "population", c => c.Population),
            ("REGION_RANK", "regionRank", c => c.Region?.Rank), ("FORMER_KIND", "formerKind", c => c.FormerKind?.ToString().ToUpperInvariant()),
        ];
        Random random = new(777);
        for (int i = 0; i < 60; i++)
        {
            (string where, Func<City, bool> predicate) = CityArguments.Where(random, depth: 1);
            (string Enum, string Field, Func<City, object?> Value)[] by = [.. keys.OrderBy(_ => random.Next()).Take(1 + random.Next(3))];
            bool nested = i % 2 == 1;
            string aggregate = $$"""aggregate { count countDistinct(field: {{by[0].Enum}}) sum { population area } avg { rating } min { founded } max { altitude } """ +
                $$"""groupBy(fields: [{{string.Join(", ", by.Select(k => k.Enum))}}], first: 1000, order: [{ count: DESC }]) { key { {{string.Join(" ", by.Select(k => k.Field))}} } count sum { area } max { population } } }""";
            string query = nested
                ? $$"""{ regions(first: 50) { nodes { id cities(where: {{where}}) { {{aggregate}} } } } }"""
                : $$"""{ cities(where: {{where}}) { {{aggregate}} } }""";
            JsonElement result = await db.ExecuteAsync(query);
            Assert.False(result.TryGetProperty("errors", out JsonElement errors), $"case {i}: {query}\n{errors}");
            (IEnumerable<City> Cities, JsonElement Aggregate)[] lists = nested
                ? [.. result.GetProperty("data").GetProperty("regions").GetProperty("nodes").EnumerateArray().Select(n =>
                    (db.Data.Regions.Single(r => r.Id == n.GetProperty("id").GetInt32()).Cities.AsEnumerable(), n.GetProperty("cities").GetProperty("aggregate")))]
                : [(db.Cities, result.GetProperty("data").GetProperty("cities").GetProperty("aggregate"))];
            // Every region of the page is checked, so an empty page cannot pass unchecked.
            Assert.True(lists.Length == (nested ? Math.Min(50, db.Data.Regions.Count) : 1), $"case {i}: {lists.Length} lists for {query}");
            foreach ((IEnumerable<City> all, JsonElement actual) in lists)
            {
                City[] cities = [.. all.Where(predicate)];
                string at = $"case {i}: {query}";
                Assert.True(cities.Length == actual.GetProperty("count").GetInt32(), at);
                Assert.True(cities.Select(by[0].Value).Where(v => v is not null).Distinct().Count() == actual.GetProperty("countDistinct").GetInt32(), at);
                Assert.True(cities.Sum(c => (long)c.Population) == actual.GetProperty("sum").GetProperty("population").GetInt64(), at);
                Assert.True(cities.Sum(c => c.Area) == actual.GetProperty("sum").GetProperty("area").GetDecimal(), at);
                AssertClose(cities.Length == 0 ? null : cities.Average(c => c.Rating), actual.GetProperty("avg").GetProperty("rating"), at);
                Assert.True(Equals(cities.Length == 0 ? null : cities.Min(c => c.Founded).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Text(actual.GetProperty("min").GetProperty("founded"))), at);
                Assert.True(cities.Max(c => c.Altitude) == Int(actual.GetProperty("max").GetProperty("altitude")), at);

                // groups: the same combinations with the same figures, largest first
                Dictionary<string, City[]> expected = cities.GroupBy(c => string.Join("|", by.Select(k => Key(k.Value(c))))).ToDictionary(g => g.Key, g => g.ToArray());
                JsonElement[] groups = [.. actual.GetProperty("groupBy").EnumerateArray()];
                Assert.True(expected.Count == groups.Length, $"{at}\n{actual}");
                int previous = int.MaxValue;
                foreach (JsonElement group in groups)
                {
                    string key = string.Join("|", by.Select(k => Key(group.GetProperty("key").GetProperty(k.Field))));
                    City[] members = expected[key];
                    int count = group.GetProperty("count").GetInt32();
                    Assert.True(members.Length == count && count <= previous, $"{at}\ngroup {key}");
                    Assert.True(members.Sum(c => c.Area) == group.GetProperty("sum").GetProperty("area").GetDecimal(), at);
                    Assert.True(members.Max(c => c.Population) == group.GetProperty("max").GetProperty("population").GetInt32(), at);
                    previous = count;
                }
            }
        }
    }

    private static string Key(object? value) => value switch
    {
        null => "null",
        JsonElement { ValueKind: JsonValueKind.Null } => "null",
        JsonElement { ValueKind: JsonValueKind.True or JsonValueKind.False } e => e.GetBoolean().ToString(),
        JsonElement e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    private static string? Text(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetString();

    private static int? Int(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetInt32();

    private static void AssertClose(double? expected, JsonElement actual, string message) =>
        Assert.True(expected is null ? actual.ValueKind == JsonValueKind.Null : Math.Abs(expected.Value - actual.GetDouble()) < 1e-9, message);

    [ProviderFact]
    public async Task Random_where_order_skip_and_take_agree_with_LINQ_to_objects()
    {
        Random random = new(1717);
        for (int i = 0; i < 200; i++)
        {
            (string where, Func<City, bool> predicate) = CityArguments.Where(random, depth: 0);
            (string order, (Func<City, object?>, bool)[] keys) = CityArguments.Order(random);
            int[] expected = db.Ids(db.Cities.Where(predicate), keys);

            // offsets inside, at and beyond the end of the list; take 0 to 50 (the maximum)
            int skip = random.Next(4) switch
            {
                0 => 0,
                1 => expected.Length + random.Next(3),
                _ => random.Next(Math.Max(1, expected.Length)),
            };
            int take = random.Next(8) == 0 ? 0 : 1 + random.Next(50);
            string query = $$"""{ citiesPage(skip: {{skip}}, take: {{take}}, where: {{where}}, order: [{{order}}]) { totalCount pageInfo { hasNextPage hasPreviousPage } items { id } } }""";

            JsonElement result = await db.ExecuteAsync(query);
            Assert.False(result.TryGetProperty("errors", out JsonElement errors), errors.ToString());
            JsonElement segment = result.GetProperty("data").GetProperty("citiesPage");
            int[] ids = [.. segment.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetInt32())];
            int[] want = [.. expected.Skip(skip).Take(take)];
            Assert.True(want.SequenceEqual(ids), $"case {i}: {query}\nexpected [{string.Join(',', want)}]\nactual   [{string.Join(',', ids)}]");
            Assert.True(expected.Length == segment.GetProperty("totalCount").GetInt32(), $"case {i}: {query}");
            Assert.True(skip + take < expected.Length == segment.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean(), $"case {i}: {query}");
            Assert.True(skip > 0 == segment.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean(), $"case {i}: {query}");
        }
    }
}
