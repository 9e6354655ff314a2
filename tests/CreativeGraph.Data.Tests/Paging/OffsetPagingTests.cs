using System.Text.Json;
using CreativeGraph.Data.Paging;
using CreativeGraph.Data.Tests.Fixtures;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Tests.Paging;

/// <summary>
/// Offset paging (HotChocolate's <c>UseOffsetPaging</c>): segments chain through the list in its total order, one
/// statement per segment (+1 for a selected totalCount), HC's error codes (stated once, run per provider).
/// </summary>
public abstract class OffsetPagingTests<TFixture>(TFixture db)
    where TFixture : DataFixture
{
    [ProviderFact]
    public async Task Segments_chain_through_every_row_once_in_the_requested_order_with_the_key_breaking_ties()
    {
        // population has many ties: the key decides between them, so consecutive segments neither repeat nor skip rows
        List<int> seen = [];
        for (int skip = 0; ; skip += 7)
        {
            JsonElement segment = (await db.ExecuteAsync($$"""{ citiesPage(skip: {{skip}}, take: 7, order: [{ kind: DESC }]) { pageInfo { hasNextPage hasPreviousPage } items { id } } }"""))
                .GetProperty("data").GetProperty("citiesPage");
            seen.AddRange(segment.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
            Assert.Equal(skip > 0, segment.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            if (!segment.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }
        }

        Assert.Equal(db.Ids(db.Cities, (c => c.Kind, true)), seen);
    }

    [ProviderFact]
    public async Task Without_skip_and_take_the_first_10_rows_of_the_default_order_come()
    {
        JsonElement result = await db.ExecuteAsync("""{ citiesPage { items { id name } } }""");

        Assert.Equal(db.Ids(db.Cities).Take(10), result.GetProperty("data").GetProperty("citiesPage").GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
    }

    [ProviderFact]
    public async Task A_take_over_the_maximum_is_error_HC0051()
    {
        JsonElement error = Expected.SingleError(await db.ExecuteAsync("""{ citiesPage(take: 51) { items { id } } }"""), "citiesPage");

        Assert.Equal("The page size 51 exceeds the maximum of 50 items for Query.citiesPage.", error.GetProperty("message").GetString());
        Assert.Equal(
            """{"code":"HC0051","requestedItems":51,"maxAllowedItems":50,"coordinate":"Query.citiesPage"}""",
            error.GetProperty("extensions").GetRawText());
    }

    [ProviderTheory]
    [InlineData("skip")]
    [InlineData("take")]
    public async Task A_negative_skip_or_take_is_error_HC0079(string argument)
    {
        JsonElement error = Expected.SingleError(await db.ExecuteAsync($$"""{ citiesPage({{argument}}: -1) { items { id } } }"""), "citiesPage");

        Assert.Equal($"The argument \"{argument}\" must not be negative (it was -1).", error.GetProperty("message").GetString());
        Assert.Equal("HC0079", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [ProviderFact]
    public virtual async Task A_segment_is_one_SQL_statement()
    {
        JsonElement result = await db.ExecuteAsync("""{ citiesPage(skip: 3, take: 5, where: { nickname: { contains: "o" } }, order: [{ population: DESC }]) { pageInfo { hasNextPage } items { id name } } }""");

        Assert.Equal(5, result.GetProperty("data").GetProperty("citiesPage").GetProperty("items").GetArrayLength());
        db.MatchSnapshot(this);
        db.Log.AssertCount(1);
    }

    [ProviderFact]
    public async Task Selecting_totalCount_adds_one_statement()
    {
        JsonElement result = await db.ExecuteAsync("""{ citiesPage(skip: 3, take: 5, where: { kind: { eq: TOWN } }) { totalCount items { id } } }""");

        Assert.Equal(db.Cities.Count(c => c.Kind == CityKind.Town), result.GetProperty("data").GetProperty("citiesPage").GetProperty("totalCount").GetInt32());
        db.MatchSnapshot(this);
        db.Log.AssertCount(2);
    }

    [Fact]
    public void A_field_pages_one_way_only()
    {
        SchemaBuilder builder = new();
        builder.AddObjectType("City", t =>
        {
            t.RuntimeType<City>();
            t.Field("id").Type("Int!");
        });

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => builder.AddQueryType("Query", t =>
            t.QueryableField(builder, "cities", _ => Array.Empty<City>().AsQueryable()).UsePaging().UseOffsetPaging()));

        Assert.Equal("The field cities already pages with cursors; a field pages one way only.", error.Message);
    }

    [ProviderFact]
    public void Cost_analysis_sizes_the_segment_by_take_up_to_the_maximum()
    {
        OutputField field = db.Schema.QueryType.Fields["citiesPage"]!;

        ListSizeSettings listSize = Assert.IsType<ListSizeSettings>(field.ContextData[GraphQL.Execution.CostMetadata.ListSize]);
        Assert.Equal(["take"], listSize.SlicingArguments);
        Assert.Equal(["items"], listSize.SizedFields);
        Assert.Equal(OffsetPagingOptions.Default.DefaultPageSize, listSize.SlicingArgumentDefaultValue);
        Assert.Equal(OffsetPagingOptions.Default.MaxPageSize, listSize.AssumedSize);
    }
}
