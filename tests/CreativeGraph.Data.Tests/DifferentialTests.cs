using System.Text.Json;
using CreativeGraph.Data.Tests.Fixtures;

namespace CreativeGraph.Data.Tests;

/// <summary>
/// Random where/order/first/after (and last/before) cases, and where/order/skip/take cases of offset paging, run
/// through GraphQL against the database and through LINQ to objects over the same data: results must be identical
/// (stated once, run per provider).
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
