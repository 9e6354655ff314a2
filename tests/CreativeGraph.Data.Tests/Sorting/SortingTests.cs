using System.Text.Json;
using CreativeGraph.Data.Tests.Fixtures;

namespace CreativeGraph.Data.Tests.Sorting;

/// <summary>order: list order is priority, ties fall back to the key, NULLs sort where the database sorts them (R9).</summary>
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
    public async Task Several_fields_in_one_element_sort_in_the_input_types_field_order()
    {
        // Coerced input objects keep the type's field order (spec CoerceInputValues), not the literal's:
        // write one field per element when the priority matters.
        JsonElement result = await db.ExecuteAsync("""{ cityList(order: [{ founded: ASC, updatedAt: DESC, rating: ASC }]) { id } }""");

        Assert.Equal(
            db.Ids(db.Cities, (c => c.Rating, false), (c => c.UpdatedAt, true), (c => c.Founded, false)),
            Expected.ResultIds(result, "cityList"));
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
