using System.Text.Json;
using CreativeGraph.Data.Tests.Fixtures;

namespace CreativeGraph.Data.Tests.Nested;

/// <summary>
/// Nested lists below a parent type: per-parent pages, pageInfo and totalCount, links to a far end, links as nodes,
/// plain lists, string and composite parent keys, parents without a key (stated once, run per provider).
/// </summary>
public abstract class NestedConnectionTests<TFixture>(TFixture db)
    where TFixture : DataFixture
{
    [ProviderFact]
    public virtual async Task Each_region_gets_its_own_page_pageInfo_and_totalCount()
    {
        JsonElement result = await db.ExecuteAsync("""
            { regions(first: 10) { nodes { id cities(first: 2, where: { name: { contains: "a" } }, order: [{ population: DESC }]) {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } nodes { id } } } } }
            """);

        JsonElement[] regions = [.. Regions(result)];
        Assert.NotEmpty(regions);   // the checks below run for at least one
        foreach (JsonElement region in regions)
        {
            int id = region.GetProperty("id").GetInt32();
            int[] all = db.Ids(db.Cities.Where(c => c.RegionId == id && c.Name.Contains('a', StringComparison.OrdinalIgnoreCase)), (c => c.Population, true));
            JsonElement cities = region.GetProperty("cities");
            Assert.Equal(all.Take(2), Expected.Ids(cities));
            Assert.Equal(all.Length, cities.GetProperty("totalCount").GetInt32());
            JsonElement pageInfo = cities.GetProperty("pageInfo");
            Assert.Equal(all.Length > 2, pageInfo.GetProperty("hasNextPage").GetBoolean());
            Assert.False(pageInfo.GetProperty("hasPreviousPage").GetBoolean());
            Assert.Equal(cities.GetProperty("edges").EnumerateArray().LastOrDefault() is { ValueKind: JsonValueKind.Object } last ? last.GetProperty("cursor").GetString() : null, pageInfo.GetProperty("endCursor").GetString());
        }

        db.MatchSnapshot(this);
    }

    [ProviderFact]
    public async Task A_regions_cursor_pages_forward_and_backward_through_its_cities()
    {
        const int Region = 2;
        int[] expected = db.Ids(db.Cities.Where(c => c.RegionId == Region), (c => c.Nickname, false));
        List<int> forward = [];
        string? after = null;
        while (true)
        {
            string argument = after is null ? "" : $", after: \"{after}\"";
            JsonElement cities = RegionCities(await db.ExecuteAsync($$"""{ regions(where: { id: { eq: {{Region}} } }) { nodes { id cities(first: 3, order: [{ nickname: ASC }]{{argument}}) { pageInfo { hasNextPage endCursor } nodes { id } } } } }"""));
            forward.AddRange(Expected.Ids(cities));
            if (!cities.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = cities.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        List<int> backward = [];
        string? before = null;
        while (true)
        {
            string argument = before is null ? "" : $", before: \"{before}\"";
            JsonElement cities = RegionCities(await db.ExecuteAsync($$"""{ regions(where: { id: { eq: {{Region}} } }) { nodes { id cities(last: 4, order: [{ nickname: ASC }]{{argument}}) { pageInfo { hasPreviousPage startCursor } nodes { id } } } } }"""));
            backward.InsertRange(0, Expected.Ids(cities));
            if (!cities.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean())
            {
                break;
            }

            before = cities.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        }

        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
    }

    [ProviderFact]
    public virtual async Task Partners_of_projects_are_filtered_sorted_and_paged_on_the_partner()
    {
        JsonElement result = await db.ExecuteAsync("""
            { projects(first: 30) { nodes { id partners(first: 2, where: { staff: { gte: 20 } }, order: [{ acronym: DESC }]) { totalCount nodes { id name } } } } }
            """);

        JsonElement[] projects = [.. result.GetProperty("data").GetProperty("projects").GetProperty("nodes").EnumerateArray()];
        Assert.NotEmpty(projects);   // the checks below run for at least one
        foreach (JsonElement project in projects)
        {
            Project source = db.Data.Projects.Single(p => p.Id == project.GetProperty("id").GetInt32());
            int[] all = Expected.Ids(db.NullsFirst, source.Participations.Select(l => l.Partner).Where(p => p.Staff >= 20), p => p.Id, (p => p.Acronym, true));
            Assert.Equal(all.Take(2), Expected.Ids(project.GetProperty("partners")));
            Assert.Equal(all.Length, project.GetProperty("partners").GetProperty("totalCount").GetInt32());
        }

        db.MatchSnapshot(this);
    }

    [ProviderFact]
    public async Task Links_listed_as_nodes_carry_their_role_and_reach_the_partner()
    {
        JsonElement result = await db.ExecuteAsync("""
            { projects(first: 5) { nodes { id participations(where: { role: { neq: ASSOCIATE } }, order: [{ role: ASC }]) { nodes { id role partner { id name } } } } } }
            """);

        JsonElement[] projects = [.. result.GetProperty("data").GetProperty("projects").GetProperty("nodes").EnumerateArray()];
        Assert.NotEmpty(projects);   // the checks below run for at least one
        foreach (JsonElement project in projects)
        {
            Project source = db.Data.Projects.Single(p => p.Id == project.GetProperty("id").GetInt32());
            string expected = string.Join(",", source.Participations.Where(l => l.Role != ParticipationRole.Associate)
                .OrderBy(l => l.Role).ThenBy(l => l.Id)
                .Select(l => $"{l.Id}:{l.Role.ToString().ToUpperInvariant()}:{l.Partner.Id}:{l.Partner.Name}"));
            string actual = string.Join(",", project.GetProperty("participations").GetProperty("nodes").EnumerateArray()
                .Select(n => $"{n.GetProperty("id").GetInt32()}:{n.GetProperty("role").GetString()}:{n.GetProperty("partner").GetProperty("id").GetInt32()}:{n.GetProperty("partner").GetProperty("name").GetString()}"));
            Assert.Equal(expected, actual);
        }
    }

    [ProviderFact]
    public virtual async Task A_plain_nested_list_is_filtered_and_ordered_by_default()
    {
        JsonElement result = await db.ExecuteAsync("""{ regions(first: 10) { nodes { id cityList(where: { population: { gt: 2000 } }) { id } } } }""");

        JsonElement[] regions = [.. Regions(result)];
        Assert.NotEmpty(regions);   // the checks below run for at least one
        foreach (JsonElement region in regions)
        {
            int id = region.GetProperty("id").GetInt32();
            Assert.Equal(db.Ids(db.Cities.Where(c => c.RegionId == id && c.Population > 2000), (c => c.Name, false)), Expected.Ids(region.GetProperty("cityList")));
        }

        db.MatchSnapshot(this);
    }

    [ProviderFact]
    public virtual async Task String_and_composite_parent_keys_find_their_rows_only()
    {
        // Partner 1's name is also the key of a Project fact: the composite key (EntityType, EntityKey) keeps them apart.
        JsonElement result = await db.ExecuteAsync("""
            { partners(first: 20) { nodes { name facts(first: 10) { totalCount nodes { text } } } }
              regions(first: 10) { nodes { name facts { text } } } }
            """);

        JsonElement data = result.GetProperty("data");
        Assert.False(result.TryGetProperty("errors", out _));
        JsonElement[] partners = [.. data.GetProperty("partners").GetProperty("nodes").EnumerateArray()];
        Assert.NotEmpty(partners);   // the checks below run for at least one
        foreach (JsonElement partner in partners)
        {
            string name = partner.GetProperty("name").GetString()!;
            string[] expected = [.. db.Data.Facts.Where(f => f.EntityType == "Partner" && f.EntityKey == name).OrderBy(f => f.Id).Select(f => f.Text)];
            Assert.Equal(expected, partner.GetProperty("facts").GetProperty("nodes").EnumerateArray().Select(f => f.GetProperty("text").GetString()));
            Assert.Equal(expected.Length, partner.GetProperty("facts").GetProperty("totalCount").GetInt32());
        }

        JsonElement[] regions = [.. data.GetProperty("regions").GetProperty("nodes").EnumerateArray()];
        Assert.NotEmpty(regions);   // the checks below run for at least one
        foreach (JsonElement region in regions)
        {
            string name = region.GetProperty("name").GetString()!;
            Assert.Equal(
                db.Data.Facts.Where(f => f.EntityType == "Region" && f.EntityKey == name).Select(f => f.Text).Order(StringComparer.Ordinal),
                region.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("text").GetString()!).Order(StringComparer.Ordinal));
        }

        Assert.Contains(db.Data.Facts, f => f.EntityType == "Project" && f.EntityKey == db.Data.Partners[0].Name);

        // The two root lists run concurrently, and so do their facts loaders: on PostgreSQL the interleaving is the server's.
        db.MatchSnapshot(this, SqlOrder.ByRental);
    }

    [ProviderFact]
    public async Task A_batch_of_composite_keys_with_mixed_columns_returns_each_parent_its_own_rows_only()
    {
        // Column by column the batch reads (Partner or Project) × (every name): rows of other combinations are dropped.
        JsonElement result = await db.ExecuteAsync("""{ partners(first: 40) { nodes { id name mentions { text } } } }""");

        Assert.False(result.TryGetProperty("errors", out JsonElement errors), errors.ToString());
        JsonElement[] partners = [.. result.GetProperty("data").GetProperty("partners").GetProperty("nodes").EnumerateArray()];
        Assert.NotEmpty(partners);   // the checks below run for at least one
        foreach (JsonElement partner in partners)
        {
            string type = partner.GetProperty("id").GetInt32() % 2 == 0 ? "Partner" : "Project";
            string name = partner.GetProperty("name").GetString()!;
            Assert.Equal(
                db.Data.Facts.Where(f => f.EntityType == type && f.EntityKey == name).Select(f => f.Text).Order(StringComparer.Ordinal),
                partner.GetProperty("mentions").EnumerateArray().Select(f => f.GetProperty("text").GetString()!).Order(StringComparer.Ordinal));
        }

        // Partner 1 (odd) gets the one Project fact; odd partners with Partner facts had those read by the batch, not given.
        Assert.Equal("""[{"text":"not a partner's fact"}]""", result.GetProperty("data").GetProperty("partners").GetProperty("nodes")[0].GetProperty("mentions").GetRawText());
        Assert.Contains(db.Data.Partners.Take(40), p => p.Id % 2 == 1 && db.Data.Facts.Any(f => f.EntityType == "Partner" && f.EntityKey == p.Name));
    }

    [ProviderFact]
    public async Task A_parent_without_a_key_gets_an_empty_connection_and_a_null_reference()
    {
        JsonElement result = await db.ExecuteAsync("""
            { cities(first: 50) { nodes { id neighbours(first: 3) { totalCount pageInfo { hasNextPage } nodes { id } } region { id } } } }
            """);

        JsonElement[] citys = [.. result.GetProperty("data").GetProperty("cities").GetProperty("nodes").EnumerateArray()];
        Assert.NotEmpty(citys);   // the checks below run for at least one
        foreach (JsonElement city in citys)
        {
            City source = db.Cities.Single(c => c.Id == city.GetProperty("id").GetInt32());
            JsonElement neighbours = city.GetProperty("neighbours");
            int[] all = db.Ids(db.Cities.Where(c => source.RegionId is not null && c.RegionId == source.RegionId));
            Assert.Equal(all.Take(3), Expected.Ids(neighbours));
            Assert.Equal(all.Length, neighbours.GetProperty("totalCount").GetInt32());
            Assert.Equal(source.RegionId is null ? JsonValueKind.Null : JsonValueKind.Object, city.GetProperty("region").ValueKind);
        }

        Assert.Contains(db.Cities.Take(50), c => c.RegionId is null);
    }

    private static IEnumerable<JsonElement> Regions(JsonElement result)
    {
        Assert.False(result.TryGetProperty("errors", out JsonElement errors), errors.ToString());
        return result.GetProperty("data").GetProperty("regions").GetProperty("nodes").EnumerateArray();
    }

    private static JsonElement RegionCities(JsonElement result) => Assert.Single(Regions(result)).GetProperty("cities");
}
