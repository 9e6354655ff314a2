using System.Text.Json;
using CreativeGraph.Data.Tests.Fixtures;

namespace CreativeGraph.Data.Tests.Sorting;

/// <summary>order: list order is priority, ties fall back to the key, NULLs sort where the database sorts them (stated once, run per provider).</summary>
public abstract class SortingTests<TFixture>(TFixture db)
    where TFixture : DataFixture
{
    [ProviderFact]
    public virtual async Task Ties_are_broken_by_the_next_key_and_finally_by_the_key()
    {
        JsonElement result = await db.ExecuteAsync("""{ cityList(order: [{ population: DESC }, { kind: ASC }]) { id } }""");

        Assert.Equal(db.Ids(db.Cities, (c => c.Population, true), (c => c.Kind, false)), Expected.ResultIds(result, "cityList"));
    }

    [ProviderFact]
    public async Task Without_order_the_list_is_in_key_order()
    {
        JsonElement result = await db.ExecuteAsync("""{ cityList { id } }""");

        Assert.Equal(db.Ids(db.Cities), Expected.ResultIds(result, "cityList"));
    }

    [ProviderTheory]
    [InlineData("ASC", false)]
    [InlineData("DESC", true)]
    public async Task Nullable_members_sort_nulls_as_the_database_does(string direction, bool descending)
    {
        JsonElement result = await db.ExecuteAsync($$"""{ cityList(order: [{ nickname: {{direction}} }, { altitude: {{direction}} }]) { id } }""");

        Assert.Equal(db.Ids(db.Cities, (c => c.Nickname, descending), (c => c.Altitude, descending)), Expected.ResultIds(result, "cityList"));
    }

    [ProviderFact]
    public async Task Nested_object_members_sort_through_the_navigation()
    {
        JsonElement result = await db.ExecuteAsync("""{ cityList(order: [{ region: { rank: DESC } }, { region: { name: ASC } }, { name: ASC }]) { id } }""");

        Assert.Equal(
            db.Ids(db.Cities, (c => c.Region?.Rank, true), (c => c.Region?.Name, false), (c => c.Name, false)),
            Expected.ResultIds(result, "cityList"));
    }

    [ProviderFact]
    public async Task Several_fields_in_one_element_sort_in_the_order_they_are_written()
    {
        // Coerced input objects keep the order the request wrote their fields in, from a literal or a variable.
        JsonElement literal = await db.ExecuteAsync("""{ cityList(order: [{ founded: ASC, updatedAt: DESC, rating: ASC }]) { id } }""");
        JsonElement variable = await db.ExecuteAsync(
            """query($order: [CitySortInput!]) { cityList(order: $order) { id } }""",
            new Dictionary<string, object?> { ["order"] = new List<object?> { new Dictionary<string, object?> { ["rating"] = "DESC", ["kind"] = "ASC" } } });

        Assert.Equal(
            db.Ids(db.Cities, (c => c.Founded, false), (c => c.UpdatedAt, true), (c => c.Rating, false)),
            Expected.ResultIds(literal, "cityList"));
        Assert.Equal(
            db.Ids(db.Cities, (c => c.Rating, true), (c => c.Kind, false)),
            Expected.ResultIds(variable, "cityList"));
    }

    [ProviderFact]
    public async Task An_empty_order_is_the_fields_default_order()
    {
        // Region.cityList is ordered by name unless the request orders it.
        JsonElement result = await db.ExecuteAsync("""{ regions(first: 10) { nodes { id cityList(order: []) { id } } } }""");

        JsonElement[] regions = [.. result.GetProperty("data").GetProperty("regions").GetProperty("nodes").EnumerateArray()];
        Assert.Equal(Math.Min(10, db.Data.Regions.Count), regions.Length);   // the checks below run for each of them
        foreach (JsonElement region in regions)
        {
            int id = region.GetProperty("id").GetInt32();
            int[] actual = [.. region.GetProperty("cityList").EnumerateArray().Select(c => c.GetProperty("id").GetInt32())];
            Assert.Equal(db.Ids(db.Cities.Where(c => c.RegionId == id), (c => c.Name, false)), actual);
        }
    }

    [ProviderFact]
    public async Task A_null_sort_field_is_error_HC0026()
    {
        JsonElement result = await db.ExecuteAsync("""{ cities(order: [{ name: null }]) { nodes { id } } }""");

        JsonElement error = Expected.SingleError(result, "cities");
        Assert.Equal("HC0026", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("The field \"name\" does not accept null: only eq and neq on a nullable member may be null.", error.GetProperty("message").GetString());
    }
}
