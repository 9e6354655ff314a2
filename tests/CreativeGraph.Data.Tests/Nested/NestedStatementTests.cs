using System.Text.Json;
using CreativeGraph.Data.Tests.Fixtures;

namespace CreativeGraph.Data.Tests.Nested;

/// <summary>
/// The SQL-statement counter (<see cref="SqlRecorder"/>): a query with lists at every level runs one statement per
/// level (+1 per selected totalCount), the same for 2 parents as for 2 000; each batch rents one context and returns it.
/// </summary>
public abstract class NestedStatementTests<TFixture>(TFixture db)
    where TFixture : DataFixture
{
    // projects → partners (through Participation) → city → region → cities: lists at the first, second and last level.
    private const string Query = """
        query($n: Int!) { projects(first: $n) { nodes { acronym partners(first: 3, order: [{ name: ASC }]) { nodes { name
            city { name region { name cities(first: 2, order: [{ population: DESC }]) { nodes { name } } } } } } } } }
        """;

    private const string QueryWithCounts = """
        query($n: Int!) { projects(first: $n) { totalCount nodes { acronym partners(first: 3) { totalCount nodes { name
            city { name region { name cities(first: 2) { totalCount nodes { name } } } } } } } } }
        """;

    [ProviderTheory]
    [InlineData(2)]
    [InlineData(2000)]
    public async Task Four_levels_run_one_statement_per_level_whatever_the_number_of_parents(int parents)
    {
        int rented = db.Rented;

        JsonElement result = await db.ExecuteAsync(Query, new Dictionary<string, object?> { ["n"] = parents });

        Assert.False(result.TryGetProperty("errors", out JsonElement errors), errors.ToString());
        Assert.Equal(parents, result.GetProperty("data").GetProperty("projects").GetProperty("nodes").GetArrayLength());
        // projects, partners (window), city (IN), region (IN), cities (window)
        db.Log.AssertCount(5);
        Assert.Equal(5, db.Rented - rented);
        Assert.Equal(db.Rented, db.Disposed);
    }

    [ProviderTheory]
    [InlineData(2)]
    [InlineData(2000)]
    public async Task Each_selected_totalCount_adds_one_statement(int parents)
    {
        JsonElement result = await db.ExecuteAsync(QueryWithCounts, new Dictionary<string, object?> { ["n"] = parents });

        Assert.False(result.TryGetProperty("errors", out JsonElement errors), errors.ToString());
        db.Log.AssertCount(5 + 3);
    }

    [ProviderFact]
    public async Task The_nested_pages_of_2000_parents_match_LINQ_to_objects()
    {
        JsonElement result = await db.ExecuteAsync(Query, new Dictionary<string, object?> { ["n"] = 2000 });

        string expected = string.Join("|", db.Data.Projects.OrderBy(p => p.Id).Select(p => string.Join(",", p.Participations
            .Select(l => l.Partner).OrderBy(x => x.Name, StringComparer.Ordinal).ThenBy(x => x.Id).Take(3).Select(x => x.Name))));
        string actual = string.Join("|", result.GetProperty("data").GetProperty("projects").GetProperty("nodes").EnumerateArray()
            .Select(p => string.Join(",", p.GetProperty("partners").GetProperty("nodes").EnumerateArray().Select(x => x.GetProperty("name").GetString()))));
        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// Concurrent requests of one shape share its statement (built once, kept on the model) and each still reads
    /// its own rows: every answer equals LINQ to objects, whatever the requests running beside it.
    /// </summary>
    [ProviderFact]
    public async Task Concurrent_requests_of_one_shape_each_read_their_own_rows()
    {
        int[] sizes = [.. Enumerable.Range(0, 480).Select(i => 5 + (i % 3 * 10))];

        string[] answers = new string[sizes.Length];
        // 16 at a time, as a server under load runs them (more would only wait for the PostgreSQL pool)
        await Parallel.ForEachAsync(Enumerable.Range(0, sizes.Length), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
            answers[i] = Partners(await db.ExecuteAsync(Query, new Dictionary<string, object?> { ["n"] = sizes[i] })));

        Assert.Equal(sizes.Select(ExpectedPartners), answers);
    }

    private string ExpectedPartners(int projects) => string.Join("|", db.Data.Projects.OrderBy(p => p.Id).Take(projects).Select(p => string.Join(",", p.Participations
        .Select(l => l.Partner).OrderBy(x => x.Name, StringComparer.Ordinal).ThenBy(x => x.Id).Take(3).Select(x => x.Name + "@" + db.Data.Cities.FirstOrDefault(c => c.Id == x.CityId)?.Name))));

    private static string Partners(JsonElement result) => result.TryGetProperty("errors", out JsonElement errors)
        ? errors.ToString()
        : string.Join("|", result.GetProperty("data").GetProperty("projects").GetProperty("nodes").EnumerateArray()
            .Select(p => string.Join(",", p.GetProperty("partners").GetProperty("nodes").EnumerateArray()
                .Select(x => x.GetProperty("name").GetString() + "@" + (x.GetProperty("city").ValueKind == JsonValueKind.Null ? null : x.GetProperty("city").GetProperty("name").GetString())))));

    [ProviderFact]
    public async Task Aliases_with_other_arguments_are_other_batches()
    {
        JsonElement result = await db.ExecuteAsync("""
            { regions(first: 10) { nodes { big: cities(first: 1, order: [{ population: DESC }]) { nodes { id } } small: cities(first: 1, order: [{ population: ASC }]) { nodes { id } } } } }
            """);

        JsonElement first = result.GetProperty("data").GetProperty("regions").GetProperty("nodes")[0];
        Assert.Equal(db.Ids(db.Cities.Where(c => c.RegionId == 1), (c => c.Population, true)).Take(1), Expected.Ids(first.GetProperty("big")));
        Assert.Equal(db.Ids(db.Cities.Where(c => c.RegionId == 1), (c => c.Population, false)).Take(1), Expected.Ids(first.GetProperty("small")));
        db.Log.AssertCount(3);
    }
}
