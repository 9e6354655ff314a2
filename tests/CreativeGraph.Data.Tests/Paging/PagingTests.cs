using System.Text.Json;
using CreativeGraph.Data.Tests.Fixtures;

namespace CreativeGraph.Data.Tests.Paging;

/// <summary>Keyset cursor paging: pages chain without gaps or duplicates both ways, errors carry HC's codes (stated once, run per provider).</summary>
public abstract class PagingTests<TFixture>(TFixture db)
    where TFixture : DataFixture
{
    private const string Order = "order: [{ nickname: DESC }, { population: ASC }, { altitude: ASC }]";
    private const string Selection = "{ pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } nodes { id } }";

    private int[] ExpectedOrder => db.Ids(db.Cities, (c => c.Nickname, true), (c => c.Population, false), (c => c.Altitude, false));

    [ProviderFact]
    public async Task Pages_forward_chain_through_every_row_once()
    {
        List<int> seen = [];
        string? after = null;
        for (int page = 0; ; page++)
        {
            string afterArgument = after is null ? "" : $", after: \"{after}\"";
            JsonElement connection = (await db.ExecuteAsync($$"""{ cities(first: 7, {{Order}}{{afterArgument}}) {{Selection}} }""")).GetProperty("data").GetProperty("cities");
            JsonElement pageInfo = connection.GetProperty("pageInfo");
            int[] ids = [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32())];
            seen.AddRange(ids);
            Assert.Equal(page > 0, pageInfo.GetProperty("hasPreviousPage").GetBoolean());
            Assert.Equal(connection.GetProperty("edges")[ids.Length - 1].GetProperty("cursor").GetString(), pageInfo.GetProperty("endCursor").GetString());
            if (!pageInfo.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            Assert.Equal(7, ids.Length);
            after = pageInfo.GetProperty("endCursor").GetString();
        }

        Assert.Equal(ExpectedOrder, seen);
    }

    [ProviderFact]
    public async Task Pages_backward_chain_through_every_row_once()
    {
        List<int> seen = [];
        string? before = null;
        for (int page = 0; ; page++)
        {
            string beforeArgument = before is null ? "" : $", before: \"{before}\"";
            JsonElement connection = (await db.ExecuteAsync($$"""{ cities(last: 9, {{Order}}{{beforeArgument}}) {{Selection}} }""")).GetProperty("data").GetProperty("cities");
            JsonElement pageInfo = connection.GetProperty("pageInfo");
            seen.InsertRange(0, connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
            Assert.Equal(page > 0, pageInfo.GetProperty("hasNextPage").GetBoolean());
            if (!pageInfo.GetProperty("hasPreviousPage").GetBoolean())
            {
                break;
            }

            before = pageInfo.GetProperty("startCursor").GetString();
        }

        Assert.Equal(ExpectedOrder, seen);
    }

    [ProviderFact]
    public async Task Default_page_size_is_10_and_totalCount_counts_the_filtered_rows()
    {
        JsonElement connection = (await db.ExecuteAsync("""{ cities(where: { kind: { eq: TOWN } }) { totalCount nodes { id } } }""")).GetProperty("data").GetProperty("cities");

        City[] towns = [.. db.Cities.Where(c => c.Kind == CityKind.Town)];
        Assert.Equal(towns.Length, connection.GetProperty("totalCount").GetInt32());
        Assert.Equal(towns.Select(c => c.Id).Take(10), connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
    }

    [ProviderFact]
    public async Task First_and_last_together_slice_first_then_last()
    {
        JsonElement result = await db.ExecuteAsync("""{ cities(first: 10, last: 3) { pageInfo { hasNextPage hasPreviousPage } nodes { id } } }""");

        Assert.Equal([8, 9, 10], Expected.ResultIds(result, "cities"));
        Assert.Equal("""{"hasNextPage":true,"hasPreviousPage":true}""", result.GetProperty("data").GetProperty("cities").GetProperty("pageInfo").GetRawText());
    }

    [ProviderFact]
    public async Task First_zero_returns_no_edges_and_says_whether_there_are_more()
    {
        JsonElement result = await db.ExecuteAsync("""{ cities(first: 0) { pageInfo { hasNextPage startCursor } nodes { id } } }""");

        Assert.Empty(Expected.ResultIds(result, "cities"));
        Assert.Equal("""{"hasNextPage":true,"startCursor":null}""", result.GetProperty("data").GetProperty("cities").GetProperty("pageInfo").GetRawText());
    }

    [ProviderFact]
    public async Task A_page_size_over_the_maximum_is_error_HC0051()
    {
        JsonElement error = Expected.SingleError(await db.ExecuteAsync("""{ cities(first: 51) { nodes { id } } }"""), "cities");

        Assert.Equal("The page size 51 exceeds the maximum of 50 items for Query.cities.", error.GetProperty("message").GetString());
        Assert.Equal(
            """{"code":"HC0051","requestedItems":51,"maxAllowedItems":50,"coordinate":"Query.cities"}""",
            error.GetProperty("extensions").GetRawText());
    }

    [ProviderTheory]
    [InlineData("first")]
    [InlineData("last")]
    public async Task A_negative_page_size_is_error_HC0079(string argument)
    {
        JsonElement error = Expected.SingleError(await db.ExecuteAsync($$"""{ cities({{argument}}: -1) { nodes { id } } }"""), "cities");

        Assert.Equal($"The argument \"{argument}\" must not be negative (it was -1).", error.GetProperty("message").GetString());
        Assert.Equal("HC0079", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [ProviderTheory]
    [InlineData("after", "not a cursor")]
    [InlineData("before", "MXt9")]
    [InlineData("after", "MVsxXQ")]
    public async Task A_malformed_cursor_is_error_HC0078(string argument, string cursor)
    {
        // "MXt9" and "MVsxXQ" are cursors of the retired format 1 (a JSON object, and [1] without a list-and-order tag).
        JsonElement error = Expected.SingleError(await db.ExecuteAsync($$"""{ cities({{argument}}: "{{cursor}}", {{Order}}) { nodes { id } } }"""), "cities");

        Assert.Equal($"The cursor given to \"{argument}\" is not a cursor of this list and order.", error.GetProperty("message").GetString());
        Assert.Equal(
            $$"""{"code":"HC0078","argument":"{{argument}}","cursor":"{{cursor}}"}""",
            error.GetProperty("extensions").GetRawText());
    }

    [ProviderTheory]
    [InlineData("""{ regions(first: 2, order: [{ rank: ASC }]) { pageInfo { endCursor } } }""", "regions", """partners(after: "{0}", order: [{ staff: ASC }])""")]
    [InlineData("""{ cities(first: 2, order: [{ population: ASC }]) { pageInfo { endCursor } } }""", "cities", """cities(after: "{0}", order: [{ altitude: ASC }])""")]
    [InlineData("""{ cities(first: 2, order: [{ population: ASC }]) { pageInfo { endCursor } } }""", "cities", """cities(before: "{0}", order: [{ population: DESC }])""")]
    [InlineData("""{ cities(first: 2) { pageInfo { endCursor } } }""", "cities", """partners(after: "{0}")""")]
    public async Task A_cursor_of_another_list_or_order_is_error_HC0078(string source, string list, string use)
    {
        // Same key types and the same number of keys: only the cursor's binding to its list and order tells them apart.
        JsonElement page = await db.ExecuteAsync(source);
        string cursor = page.GetProperty("data").GetProperty(list).GetProperty("pageInfo").GetProperty("endCursor").GetString()!;
        string field = use[..use.IndexOf('(', StringComparison.Ordinal)];

        JsonElement error = Expected.SingleError(await db.ExecuteAsync("{ " + use.Replace("{0}", cursor, StringComparison.Ordinal) + " { nodes { id } } }"), field);

        Assert.Equal("HC0078", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [ProviderFact]
    public async Task A_cursor_goes_on_in_the_list_and_order_it_came_from()
    {
        JsonElement first = await db.ExecuteAsync("""{ cities(first: 3, order: [{ population: ASC }]) { pageInfo { endCursor } nodes { id } } }""");
        string cursor = first.GetProperty("data").GetProperty("cities").GetProperty("pageInfo").GetProperty("endCursor").GetString()!;

        JsonElement next = await db.ExecuteAsync($$"""{ cities(first: 3, after: "{{cursor}}", order: [{ population: ASC }]) { nodes { id } } }""");

        Assert.Equal(db.Ids(db.Cities, (c => c.Population, false)).Skip(3).Take(3), Expected.ResultIds(next, "cities"));
    }

    [ProviderFact]
    public virtual async Task A_paged_filtered_sorted_list_is_one_SQL_statement()
    {
        JsonElement result = await db.ExecuteAsync("""{ cities(first: 5, where: { nickname: { contains: "o" } }, order: [{ population: DESC }]) { edges { cursor } nodes { id } } }""");

        Assert.Equal(5, Expected.ResultIds(result, "cities").Length);
        db.MatchSnapshot(this);
        db.Log.AssertCount(1);
    }

    [ProviderFact]
    public async Task Selecting_totalCount_adds_one_statement()
    {
        await db.ExecuteAsync("""{ cities(first: 5, where: { nickname: { contains: "o" } }, order: [{ population: DESC }]) { totalCount nodes { id } } }""");

        db.MatchSnapshot(this);
        db.Log.AssertCount(2);
    }
}
