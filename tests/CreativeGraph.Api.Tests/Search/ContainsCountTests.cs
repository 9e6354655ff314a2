using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CreativeGraph.Api.Tests.Snapshots;

namespace CreativeGraph.Api.Tests.Search;

/// <summary>
/// <c>partners(where: { name: { contains: $t } }) { totalCount }</c> against LINQ to objects over every partner's
/// name, through the real server: on SQLite a count whose only condition is an indexed <c>contains</c> is answered by
/// the trigram index alone, without reading the partners' rows, and must still count exactly the names that contain
/// the term (case-insensitively, by .NET's invariant rules). Terms are cut from the names with their letters' case
/// flipped, plus terms with the index's own syntax, terms shorter than a trigram and terms that are nowhere.
/// </summary>
public abstract class ContainsCountTests<TServer>(TServer server)
    where TServer : SnapshotServer
{
    private const string Count = "query($t: String!) { partners(where: { name: { contains: $t } }) { totalCount } }";
    private const string CountAndName = "query($t: String!) { partners(where: { name: { contains: $t }, slug: { neq: \"\" } }) { totalCount } }";

    [SkippableFact]
    public async Task Total_counts_of_a_contains_filter_match_linq_to_objects()
    {
        OptionalTool.Require(server.Unavailable is null, server.Unavailable ?? "");
        using HttpClient client = new();
        (string[] names, int total) = await AllNamesAsync(client);
        Assert.Equal(total, names.Length);
        Assert.True(names.Length >= 5, "The seed has too few partners for this test.");

        Random random = new(20261203);
        List<string> terms = ["\"st", "st\"", "%%%", "___", @"\\\", "a_b", "zzzzqx", "ab", "É", "straße", "STRASSE", "ıi"];
        for (int i = 0; i < 60; i++)
        {
            Rune[] letters = [.. names[random.Next(names.Length)].EnumerateRunes()];
            int length = random.Next(1, Math.Min(9, letters.Length + 1));
            int start = random.Next(letters.Length - length + 1);
            terms.Add(string.Concat(letters.Skip(start).Take(length).Select(r => random.Next(2) == 0 ? Rune.ToUpperInvariant(r).ToString() : r.ToString())));
        }

        List<string> wrong = [];
        foreach (string term in terms)
        {
            string lowered = term.ToLowerInvariant();
            int expected = names.Count(n => n.ToLowerInvariant().Contains(lowered, StringComparison.Ordinal));
            int counted = await TotalAsync(client, Count, term);
            int countedWithSecondCondition = await TotalAsync(client, CountAndName, term);
            if (counted != expected || countedWithSecondCondition != expected)
            {
                wrong.Add(string.Create(CultureInfo.InvariantCulture, $"\"{term}\": expected {expected}, counted {counted} and {countedWithSecondCondition}"));
            }
        }

        Assert.Empty(wrong);
    }

    [SkippableFact]
    public async Task On_sqlite_the_count_reads_the_index_alone_elsewhere_the_table()
    {
        OptionalTool.Require(server.Unavailable is null, server.Unavailable ?? "");
        using HttpClient client = new();
        server.Sql.Clear();

        await TotalAsync(client, Count, "studio");

        string sql = Assert.Single(server.Sql.Commands, c => c.StartsWith("SELECT COUNT(*)", StringComparison.OrdinalIgnoreCase));
        if (server.ProviderName == "SQLite")
        {
            Assert.Contains("\"PartnerNameTrigrams\"", sql, StringComparison.Ordinal);
            Assert.DoesNotContain("\"Partners\"", sql, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("\"Partners\"", sql, StringComparison.Ordinal);
        }
    }

    // Every partner's name, page by page (a page is at most the server's largest).
    private async Task<(string[] Names, int Total)> AllNamesAsync(HttpClient client)
    {
        List<string> names = [];
        string? after = null;
        int total;
        while (true)
        {
            JsonNode body = await PostAsync(client, "query($t: String) { partners(first: 50, after: $t) { totalCount pageInfo { hasNextPage endCursor } nodes { name } } }", after);
            Assert.Null(body["errors"]);
            JsonNode partners = body["data"]!["partners"]!;
            total = (int)partners["totalCount"]!;
            names.AddRange(partners["nodes"]!.AsArray().Select(n => (string)n!["name"]!));
            if (!(bool)partners["pageInfo"]!["hasNextPage"]!)
            {
                return ([.. names], total);
            }

            after = (string)partners["pageInfo"]!["endCursor"]!;
        }
    }

    private async Task<int> TotalAsync(HttpClient client, string query, string term)
    {
        JsonNode body = await PostAsync(client, query, term);
        Assert.Null(body["errors"]);
        return (int)body["data"]!["partners"]!["totalCount"]!;
    }

    private async Task<JsonNode> PostAsync(HttpClient client, string query, string? term)
    {
        JsonObject request = new() { ["query"] = query };
        if (term is not null)
        {
            request["variables"] = new JsonObject { ["t"] = term };
        }

        using HttpResponseMessage response = await client.PostAsync(server.GraphQLEndpoint, JsonContent.Create(request));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}

public sealed class SqliteContainsCountTests(SqliteSnapshotServer server)
    : ContainsCountTests<SqliteSnapshotServer>(server), IClassFixture<SqliteSnapshotServer>;

public sealed class PostgresContainsCountTests(PostgresSnapshotServer server)
    : ContainsCountTests<PostgresSnapshotServer>(server), IClassFixture<PostgresSnapshotServer>;
