using System.Text.Json;
using CreativeGraph.Data.Tests.Fixtures;

namespace CreativeGraph.Data.Tests.Projections;

/// <summary>
/// UseProjection: only the columns of the selected fields are read, plus the key and what resolvers below declare
/// (a reference's foreign key, a nested list's parent key, <c>Requires</c>); the results stay those of whole rows.
/// Providers pin the SQL.
/// </summary>
public abstract class ProjectionTests<TFixture>(TFixture db)
    where TFixture : DataFixture
{
    [ProviderFact]
    public virtual async Task A_root_connection_reads_the_selected_columns_and_the_key()
    {
        JsonElement result = await db.ExecuteAsync("""{ regions(first: 2) { edges { node { name } } nodes { rank } } }""");

        Assert.Equal(
            string.Join(",", db.Data.Regions.Take(2).Select(r => $$"""{"name":"{{r.Name}}"}""")),
            string.Join(",", result.GetProperty("data").GetProperty("regions").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetRawText())));

        db.MatchSnapshot(this);
    }

    [ProviderFact]
    public virtual async Task Declared_requirements_and_parent_keys_are_read_for_the_resolvers_below()
    {
        // label needs Name and Population (Requires); region needs RegionId (the reference's foreign key).
        JsonElement result = await db.ExecuteAsync("""{ regions(first: 1) { nodes { cities(first: 2) { nodes { label region { name } } } } } }""");

        Region region = db.Data.Regions[0];
        City[] cities = [.. db.Cities.Where(c => c.RegionId == region.Id).OrderBy(c => c.Id).Take(2)];
        Assert.Equal(
            string.Join(",", cities.Select(c => $$$"""{"label":"{{{c.Name}}} ({{{c.Population}}})","region":{"name":"{{{region.Name}}}"}}""")),
            string.Join(",", result.GetProperty("data").GetProperty("regions").GetProperty("nodes")[0].GetProperty("cities").GetProperty("nodes").EnumerateArray().Select(n => n.GetRawText())));

        db.MatchSnapshot(this);
    }

    [ProviderFact]
    public virtual async Task A_reference_field_reads_the_selected_columns_of_the_referenced_rows()
    {
        JsonElement result = await db.ExecuteAsync("""{ partners(first: 5) { nodes { city { name } } } }""");

        Assert.Equal(
            string.Join(",", db.Data.Partners.Take(5).Select(p => p.City is null ? "null" : $$"""{"name":"{{p.City.Name}}"}""")),
            string.Join(",", result.GetProperty("data").GetProperty("partners").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("city").GetRawText())));

        db.MatchSnapshot(this);
    }

    [ProviderFact]
    public virtual async Task A_collection_navigation_with_the_default_resolver_is_projected_too()
    {
        JsonElement result = await db.ExecuteAsync("""{ regions(where: { id: { eq: 1 } }) { nodes { cityList { name districts { name } } } } }""");

        // A collection has no order of its own: compare its names as a set.
        City[] cities = [.. db.Cities.Where(c => c.RegionId == db.Data.Regions[0].Id).OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id)];
        Assert.Equal(
            cities.Select(c => c.Name + ":" + string.Join(",", c.Districts.Select(d => d.Name).Order(StringComparer.Ordinal))),
            result.GetProperty("data").GetProperty("regions").GetProperty("nodes")[0].GetProperty("cityList").EnumerateArray().Select(n =>
                n.GetProperty("name").GetString() + ":" + string.Join(",", n.GetProperty("districts").EnumerateArray().Select(d => d.GetProperty("name").GetString()!).Order(StringComparer.Ordinal))));

        db.MatchSnapshot(this);
    }

    [ProviderFact]
    public async Task A_collection_in_the_nodes_of_a_nested_connection_is_refused_with_a_field_error()
    {
        JsonElement result = await db.ExecuteAsync("""{ regions(first: 1) { nodes { name cities(first: 3) { nodes { districts { name } } } } } }""");

        Assert.Equal(db.Data.Regions[0].Name, result.GetProperty("data").GetProperty("regions").GetProperty("nodes")[0].GetProperty("name").GetString());
        Assert.Equal("""["regions","nodes",0,"cities"]""", Assert.Single(result.GetProperty("errors").EnumerateArray()).GetProperty("path").GetRawText());
    }

    [ProviderFact]
    public virtual async Task A_custom_resolver_that_declares_nothing_reads_the_whole_row()
    {
        JsonElement result = await db.ExecuteAsync("""{ regions(first: 1) { nodes { cities(first: 1) { nodes { summary } } } } }""");

        City city = db.Cities.Where(c => c.RegionId == db.Data.Regions[0].Id).OrderBy(c => c.Id).First();
        Assert.Equal($"{city.Name}, {city.Kind}", result.GetProperty("data").GetProperty("regions").GetProperty("nodes")[0].GetProperty("cities").GetProperty("nodes")[0].GetProperty("summary").GetString());
        db.MatchSnapshot(this);
        Assert.Contains("\"Secret\"", db.Log.Commands[^1], StringComparison.Ordinal);
    }
}
