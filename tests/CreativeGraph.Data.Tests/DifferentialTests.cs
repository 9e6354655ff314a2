using System.Text.Json;
using CreativeGraph.Data.Tests.Fixtures;

namespace CreativeGraph.Data.Tests;

/// <summary>
/// Random where/order/first/after (and last/before) cases, and random filters through relations, run through GraphQL against the database and through
/// LINQ to objects over the same data: results must be identical (stated once, run per provider).
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
}
