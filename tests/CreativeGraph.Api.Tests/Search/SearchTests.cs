using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CreativeGraph.Api.Tests.Search;

/// <summary>
/// <c>search</c> through the real server on the seeded graph: names in every language the graph records, ranking,
/// the types filter, cursor paging in HotChocolate's shape, and coded field errors for terms it cannot search for.
/// </summary>
[Collection(RunningServerCollection.Name)]
public sealed class SearchTests(RunningServer server)
{
    private const string Results = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ...R } }";

    private const string Fragment = """
        fragment R on SearchResult {
          matchedName language nameKind match
          node { __typename id ... on City { slug } ... on Region { slug } ... on Partner { slug } ... on Country { code } ... on Person { name } }
        }
        """;

    [Theory]
    [InlineData("Pecs", "City", "pecs", "Pécs", null, "EXACT")]
    [InlineData("Genova", "City", "genoa", "Genova", "it", "EXACT")]
    [InlineData("Flanderen", "Region", "flanders", "Flanderen", "da", "EXACT")]
    [InlineData("Midtjylland", "Region", "central-denmark-region", "Region Midtjylland", "da", "CONTAINS")]
    public async Task Finds_an_entity_by_any_of_its_names_in_any_language(string term, string type, string slug, string matchedName, string? language, string match)
    {
        JsonElement search = await SearchAsync(term);

        JsonElement hit = Nodes(search).First(n => Key(n) == (type, slug));
        Assert.Equal(matchedName, hit.GetProperty("matchedName").GetString());
        Assert.Equal(language, hit.GetProperty("language").GetString());
        Assert.Equal(match, hit.GetProperty("match").GetString());
    }

    [Fact]
    public async Task Exact_matches_come_first_then_prefix_then_contains_each_entity_once()
    {
        JsonElement search = await SearchAsync("leipzig", "first: 50");

        List<JsonElement> nodes = Nodes(search);
        Assert.Equal(("City", "leipzig"), Key(nodes[0]));
        Assert.Equal("EXACT", nodes[0].GetProperty("match").GetString());
        Assert.Equal(("Region", "leipzig-region"), Key(nodes[1]));
        Assert.Equal("PREFIX", nodes[1].GetProperty("match").GetString());
        string[] matches = [.. nodes.Select(n => n.GetProperty("match").GetString()!)];
        Assert.Equal(matches.OrderBy(m => Array.IndexOf(["EXACT", "PREFIX", "CONTAINS"], m)), matches);
        Assert.Contains(nodes, n => Key(n) == ("Partner", "city-of-leipzig") && n.GetProperty("match").GetString() == "CONTAINS");
        Assert.Equal(nodes.Count, nodes.Select(n => n.GetProperty("node").GetProperty("id").GetString()).Distinct().Count());
        Assert.Equal(nodes.Count, search.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Folds_Danish_Slovenian_and_Hungarian_letters_and_case()
    {
        Assert.Contains(Nodes(await SearchAsync("ARHUS")), n => Key(n) == ("City", "aarhus") && n.GetProperty("matchedName").GetString() == "Århus");
        Assert.Contains(Nodes(await SearchAsync("regionsradet")), n => Key(n) == ("Partner", "central-denmark-regional-council"));
        Assert.Contains(Nodes(await SearchAsync("Institut za ekonomska")), n => Key(n) == ("Partner", "institute-for-economic-research") && n.GetProperty("language").GetString() == "sl");
        JsonElement hungary = Assert.Single(Nodes(await SearchAsync("magyarorszag")));
        Assert.Equal((("Country", "HU"), "Magyarország", "LOCAL"), (Key(hungary), hungary.GetProperty("matchedName").GetString(), hungary.GetProperty("nameKind").GetString()));
    }

    [Fact]
    public async Task The_types_filter_keeps_only_the_given_types()
    {
        List<JsonElement> all = Nodes(await SearchAsync("leipzig", "first: 50"));
        List<JsonElement> places = Nodes(await SearchAsync("leipzig", "first: 50, types: [CITY, REGION]"));

        Assert.Equal(
            all.Where(n => n.GetProperty("node").GetProperty("__typename").GetString() is "City" or "Region").Select(Key),
            places.Select(Key));
        Assert.Equal(0, (await SearchAsync("leipzig", "types: []")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task People_are_found_by_name()
    {
        JsonElement person = Assert.Single(Nodes(await SearchAsync("niewiarowska", "types: [PERSON]")));

        Assert.Equal("Emilia Marieta Niewiarowska", person.GetProperty("node").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Pages_forwards_and_backwards_with_cursors_through_the_same_ranking()
    {
        (List<string> bigPages, _) = await PageThroughAsync("e", 50);
        (List<string> smallPages, JsonElement lastPage) = await PageThroughAsync("e", 7);
        int total = (await SearchAsync("e")).GetProperty("totalCount").GetInt32();

        Assert.True(total > 50, $"Only {total} results for \"e\": the test wants more than one page of 50.");
        Assert.Equal(total, bigPages.Count);
        Assert.Equal(bigPages, smallPages);

        // Backwards from the first edge of the last page: the 7 results before it, in the same order.
        string before = lastPage.GetProperty("edges")[0].GetProperty("cursor").GetString()!;
        JsonElement previous = await SearchAsync("e", $"last: 7, before: \"{before}\"");
        int end = smallPages.IndexOf(Ids(lastPage)[0]);
        Assert.Equal(smallPages[(end - 7)..end], Ids(previous));
        Assert.True(previous.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(previous.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Percent_and_underscore_are_ordinary_characters_not_wildcards()
    {
        // As LIKE wildcards "P_cs" and "P%s" would find Pécs; as characters they split the term into "p cs" / "p s".
        Assert.Equal(0, (await SearchAsync("P_cs")).GetProperty("totalCount").GetInt32());
        Assert.Equal(0, (await SearchAsync("P%s")).GetProperty("totalCount").GetInt32());
        Assert.Contains(Nodes(await SearchAsync("002_2fc5350b57de88cf")), n => n.GetProperty("node").GetProperty("__typename").GetString() == "Source");
    }

    [Theory]
    [InlineData("\"\"", "SEARCH_TERM_EMPTY")]
    [InlineData("\"  \\t \"", "SEARCH_TERM_EMPTY")]
    [InlineData("\"%\"", "SEARCH_TERM_NOT_SEARCHABLE")]
    [InlineData("\"%%__*\"", "SEARCH_TERM_NOT_SEARCHABLE")]
    public async Task A_term_without_a_letter_or_digit_is_a_coded_field_error(string term, string code)
    {
        JsonElement error = await SearchErrorAsync($"search(term: {term}) {{ totalCount }}");

        Assert.Equal(code, Code(error));
        Assert.Equal("term", error.GetProperty("extensions").GetProperty("argument").GetString());
    }

    [Fact]
    public async Task A_term_over_200_characters_is_a_coded_field_error()
    {
        JsonElement error = await SearchErrorAsync($"search(term: \"{new string('a', 201)}\") {{ totalCount }}");

        Assert.Equal("SEARCH_TERM_TOO_LONG", Code(error));
        Assert.Equal(201, error.GetProperty("extensions").GetProperty("length").GetInt32());
        Assert.Equal(200, error.GetProperty("extensions").GetProperty("maxLength").GetInt32());
        Assert.Equal(0, (await SearchAsync(new string('a', 200))).GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("first: 51", "HC0051")]
    [InlineData("first: -1", "HC0079")]
    [InlineData("after: \"bm90IGEgY3Vyc29y\"", "HC0078")]
    public async Task Paging_arguments_are_checked_as_on_every_connection(string arguments, string code)
    {
        JsonElement error = await SearchErrorAsync($"search(term: \"e\", {arguments}) {{ totalCount }}");

        Assert.Equal(code, Code(error));
    }

    [Fact]
    public async Task Ten_results_by_default()
    {
        JsonElement search = await SearchAsync("e");

        Assert.Equal(10, Nodes(search).Count);
        Assert.True(search.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    private static List<string> Ids(JsonElement search) => [.. Nodes(search).Select(n => n.GetProperty("node").GetProperty("id").GetString()!)];

    private static List<JsonElement> Nodes(JsonElement search) => [.. search.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"))];

    private static (string Type, string? Key) Key(JsonElement result)
    {
        JsonElement node = result.GetProperty("node");
        string type = node.GetProperty("__typename").GetString()!;
        return (type, node.TryGetProperty("slug", out JsonElement slug) ? slug.GetString() : node.TryGetProperty("code", out JsonElement code) ? code.GetString() : null);
    }

    private static string? Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString();

    /// <summary>Every result of <paramref name="term"/>, page by page forwards; and the last page.</summary>
    private async Task<(List<string> Ids, JsonElement LastPage)> PageThroughAsync(string term, int pageSize)
    {
        List<string> ids = [];
        string? after = null;
        JsonElement page;
        do
        {
            page = await SearchAsync(term, after is null ? $"first: {pageSize}" : $"first: {pageSize}, after: \"{after}\"");
            ids.AddRange(Ids(page));
            Assert.Equal(after is not null, page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        while (page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        return (ids, page);
    }

    private async Task<JsonElement> SearchAsync(string term, string? arguments = null)
    {
        JsonElement response = await PostAsync(
            $"query($term: String!) {{ search(term: $term{(arguments is null ? string.Empty : ", " + arguments)}) {{ {Results} }} }}\n{Fragment}",
            new { term });
        Assert.False(response.TryGetProperty("errors", out JsonElement errors), $"Unexpected errors: {errors}");
        return response.GetProperty("data").GetProperty("search");
    }

    private async Task<JsonElement> SearchErrorAsync(string field)
    {
        JsonElement response = await PostAsync($"{{ {field} }}", null);
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty("search").ValueKind);
        JsonElement error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("""["search"]""", error.GetProperty("path").GetRawText());
        return error;
    }

    private async Task<JsonElement> PostAsync(string query, object? variables)
    {
        using HttpClient client = new() { Timeout = TimeSpan.FromSeconds(30) };
        using HttpResponseMessage response = await client.PostAsJsonAsync(server.GraphQLEndpoint, new { query, variables });
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body}");
        using JsonDocument json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }
}
