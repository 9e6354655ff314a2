using System.Text.Json;
using CreativeGraph.Data.Tests.Fixtures;

namespace CreativeGraph.Data.Tests.Nested;

/// <summary>
/// Bad paging arguments of a nested field are field errors with HotChocolate's codes, one per parent, with the
/// field null and the rest of the result intact.
/// </summary>
public abstract class NestedErrorTests<TFixture>(TFixture db)
    where TFixture : DataFixture
{
    [ProviderFact]
    public async Task A_page_size_over_the_maximum_is_HC0051_on_each_parent()
    {
        JsonElement result = await db.ExecuteAsync("""{ regions(first: 2) { nodes { name cities(first: 51) { nodes { id } } } } }""");

        JsonElement[] errors = ErrorsWithIntactNames(result);
        Assert.Equal(
            """{"message":"The page size 51 exceeds the maximum of 50 items for Region.cities.","locations":[{"line":1,"column":36}],"path":["regions","nodes",0,"cities"],"extensions":{"code":"HC0051","requestedItems":51,"maxAllowedItems":50,"coordinate":"Region.cities"}}""",
            errors[0].GetRawText());
        Assert.Equal("""["regions","nodes",1,"cities"]""", errors[1].GetProperty("path").GetRawText());
    }

    [ProviderTheory]
    [InlineData("first")]
    [InlineData("last")]
    public async Task A_negative_page_size_is_HC0079(string argument)
    {
        JsonElement result = await db.ExecuteAsync($$"""{ regions(first: 2) { nodes { name cities({{argument}}: -1) { nodes { id } } } } }""");

        JsonElement[] errors = ErrorsWithIntactNames(result);
        Assert.All(errors, e => Assert.Equal("HC0079", e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.Equal($"The argument \"{argument}\" must not be negative (it was -1).", errors[0].GetProperty("message").GetString());
    }

    [ProviderTheory]
    [InlineData("after", "not a cursor")]
    [InlineData("before", "MXt9")]
    [InlineData("after", "MVsxXQ")]
    public async Task A_malformed_cursor_is_HC0078(string argument, string cursor)
    {
        // "MVsxXQ" is [1]: one key, while order by name then id has two.
        JsonElement result = await db.ExecuteAsync($$"""{ regions(first: 2) { nodes { name cities({{argument}}: "{{cursor}}", order: [{ name: ASC }]) { nodes { id } } } } }""");

        JsonElement[] errors = ErrorsWithIntactNames(result);
        Assert.Equal(
            $$"""{"code":"HC0078","argument":"{{argument}}","cursor":"{{cursor}}"}""",
            errors[0].GetProperty("extensions").GetRawText());
    }

    [ProviderFact]
    public async Task An_error_in_one_nested_field_leaves_its_siblings_loaded()
    {
        JsonElement result = await db.ExecuteAsync("""{ regions(first: 2) { nodes { name bad: cities(first: 99) { nodes { id } } good: cities(first: 1) { nodes { id } } } } }""");

        Assert.Equal(2, result.GetProperty("errors").GetArrayLength());
        JsonElement region = result.GetProperty("data").GetProperty("regions").GetProperty("nodes")[0];
        Assert.Equal(JsonValueKind.Null, region.GetProperty("bad").ValueKind);
        Assert.Equal(db.Ids(db.Cities.Where(c => c.RegionId == 1)).Take(1), Expected.Ids(region.GetProperty("good")));
    }

    private JsonElement[] ErrorsWithIntactNames(JsonElement result)
    {
        JsonElement[] nodes = [.. result.GetProperty("data").GetProperty("regions").GetProperty("nodes").EnumerateArray()];
        Assert.Equal(db.Data.Regions.Take(2).Select(r => r.Name), nodes.Select(n => n.GetProperty("name").GetString()));
        Assert.All(nodes, n => Assert.Equal(JsonValueKind.Null, n.GetProperty("cities").ValueKind));
        JsonElement[] errors = [.. result.GetProperty("errors").EnumerateArray()];
        Assert.Equal(2, errors.Length);
        Assert.DoesNotContain(db.Log.Commands, c => c.Contains("Cities", StringComparison.Ordinal));
        return errors;
    }
}
