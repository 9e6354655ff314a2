using System.Text.Json;
using CreativeGraph.Data.Tests.Fixtures;

namespace CreativeGraph.Data.Tests.Filtering;

/// <summary>Every filter operation, run through GraphQL against the database and compared with LINQ to objects (stated once, run per provider).</summary>
public abstract class FilteringTests<TFixture>(TFixture db)
    where TFixture : DataFixture
{
    private static string Lower(string s) => s.ToLowerInvariant();

    private static readonly Dictionary<string, Func<City, bool>> s_cases = new(StringComparer.Ordinal)
    {
        // String (non-null): eq/in exact, text operations case-insensitive, negations
        ["""{ name: { eq: "ber" } }"""] = c => c.Name == "ber",
        ["""{ name: { eq: "bermaRIS" } }"""] = c => c.Name == "bermaRIS",
        ["""{ name: { neq: "ber" } }"""] = c => c.Name != "ber",
        ["""{ name: { contains: "ro" } }"""] = c => Lower(c.Name).Contains("ro", StringComparison.Ordinal),
        ["""{ name: { contains: "RoM" } }"""] = c => Lower(c.Name).Contains("rom", StringComparison.Ordinal),
        ["""{ name: { ncontains: "ro" } }"""] = c => !Lower(c.Name).Contains("ro", StringComparison.Ordinal),
        ["""{ name: { startsWith: "LIN" } }"""] = c => Lower(c.Name).StartsWith("lin", StringComparison.Ordinal),
        ["""{ name: { nstartsWith: "lin" } }"""] = c => !Lower(c.Name).StartsWith("lin", StringComparison.Ordinal),
        ["""{ name: { endsWith: "Ris" } }"""] = c => Lower(c.Name).EndsWith("ris", StringComparison.Ordinal),
        ["""{ name: { nendsWith: "ris" } }"""] = c => !Lower(c.Name).EndsWith("ris", StringComparison.Ordinal),
        ["""{ name: { in: ["ber", "pa", "RIS"] } }"""] = c => c.Name is "ber" or "pa" or "RIS",
        ["""{ name: { nin: ["ber", "pa", "RIS"] } }"""] = c => c.Name is not ("ber" or "pa" or "RIS"),
        ["""{ name: { or: [{ startsWith: "ro" }, { endsWith: "na" }] } }"""] = c => Lower(c.Name).StartsWith("ro", StringComparison.Ordinal) || Lower(c.Name).EndsWith("na", StringComparison.Ordinal),
        ["""{ name: { and: [{ contains: "e" }, { ncontains: "a" }] } }"""] = c => Lower(c.Name).Contains('e', StringComparison.Ordinal) && !Lower(c.Name).Contains('a', StringComparison.Ordinal),

        // String (nullable): IS NULL / IS NOT NULL, negations match NULL
        ["""{ nickname: { eq: null } }"""] = c => c.Nickname is null,
        ["""{ nickname: { neq: null } }"""] = c => c.Nickname is not null,
        ["""{ nickname: { neq: "RoPo" } }"""] = c => c.Nickname != "RoPo",
        ["""{ nickname: { contains: "po" } }"""] = c => c.Nickname is not null && Lower(c.Nickname).Contains("po", StringComparison.Ordinal),
        ["""{ nickname: { ncontains: "po" } }"""] = c => c.Nickname is null || !Lower(c.Nickname).Contains("po", StringComparison.Ordinal),
        ["""{ nickname: { nstartsWith: "m" } }"""] = c => c.Nickname is null || !Lower(c.Nickname).StartsWith('m'),
        ["""{ nickname: { nin: ["RoPo", "Linpa"] } }"""] = c => c.Nickname is null || c.Nickname is not ("RoPo" or "Linpa"),

        // Int: every comparable operation
        ["""{ population: { eq: 3000 } }"""] = c => c.Population == 3000,
        ["""{ population: { neq: 3000 } }"""] = c => c.Population != 3000,
        ["""{ population: { in: [0, 7000] } }"""] = c => c.Population is 0 or 7000,
        ["""{ population: { nin: [0, 7000] } }"""] = c => c.Population is not (0 or 7000),
        ["""{ population: { gt: 3000 } }"""] = c => c.Population > 3000,
        ["""{ population: { ngt: 3000 } }"""] = c => !(c.Population > 3000),
        ["""{ population: { gte: 3000 } }"""] = c => c.Population >= 3000,
        ["""{ population: { ngte: 3000 } }"""] = c => !(c.Population >= 3000),
        ["""{ population: { lt: 3000 } }"""] = c => c.Population < 3000,
        ["""{ population: { nlt: 3000 } }"""] = c => !(c.Population < 3000),
        ["""{ population: { lte: 3000 } }"""] = c => c.Population <= 3000,
        ["""{ population: { nlte: 3000 } }"""] = c => !(c.Population <= 3000),

        // Int (nullable): a comparison never matches NULL, its negation does
        ["""{ altitude: { gt: 200 } }"""] = c => c.Altitude > 200,
        ["""{ altitude: { ngt: 200 } }"""] = c => c.Altitude is null || !(c.Altitude > 200),
        ["""{ altitude: { lte: 100 } }"""] = c => c.Altitude <= 100,
        ["""{ altitude: { nlte: 100 } }"""] = c => c.Altitude is null || !(c.Altitude <= 100),
        ["""{ altitude: { eq: null } }"""] = c => c.Altitude is null,
        ["""{ altitude: { neq: 100 } }"""] = c => c.Altitude != 100,
        ["""{ altitude: { in: [100, 300] } }"""] = c => c.Altitude is 100 or 300,
        ["""{ altitude: { nin: [100, 300] } }"""] = c => c.Altitude is null || c.Altitude is not (100 or 300),

        // Long (renamed member), Decimal, Float
        ["""{ visitorCount: { gte: 20000000000 } }"""] = c => c.Visitors >= 20_000_000_000L,
        ["""{ visitorCount: { nin: [0] } }"""] = c => c.Visitors != 0,
        ["""{ area: { gt: 25 } }"""] = c => c.Area > 25m,
        ["""{ area: { in: [0, 62.5] } }"""] = c => c.Area is 0m or 62.5m,
        ["""{ area: { nlt: 37.5 } }"""] = c => !(c.Area < 37.5m),
        ["""{ rating: { gt: 1 } }"""] = c => c.Rating > 1,
        ["""{ rating: { eq: 0.5 } }"""] = c => c.Rating == 0.5,
        ["""{ rating: { ngte: 1.5 } }"""] = c => !(c.Rating >= 1.5),

        // DateTime, Date, UUID
        ["""{ updatedAt: { gt: "2024-01-01T12:00:00.000Z" } }"""] = c => c.UpdatedAt > new DateTime(2024, 1, 1, 12, 0, 0),
        ["""{ updatedAt: { eq: "2024-01-02T00:00:00.000Z" } }"""] = c => c.UpdatedAt == new DateTime(2024, 1, 2),
        ["""{ updatedAt: { nlte: "2024-01-02T00:00:00.000Z" } }"""] = c => !(c.UpdatedAt <= new DateTime(2024, 1, 2)),
        ["""{ founded: { lt: "1300-01-01" } }"""] = c => c.Founded < new DateOnly(1300, 1, 1),
        ["""{ founded: { gte: "1600-06-01" } }"""] = c => c.Founded >= new DateOnly(1600, 6, 1),
        ["""{ founded: { in: ["1150-03-01", "1000-01-01"] } }"""] = c => c.Founded == new DateOnly(1150, 3, 1) || c.Founded == new DateOnly(1000, 1, 1),
        ["""{ code: { eq: "00000001-0000-0000-0000-000000000000" } }"""] = c => c.Code == new Guid(1, 0, 0, new byte[8]),
        ["""{ code: { nin: ["00000001-0000-0000-0000-000000000000", "00000003-0000-0000-0000-000000000000"] } }"""] = c => c.Code != new Guid(1, 0, 0, new byte[8]) && c.Code != new Guid(3, 0, 0, new byte[8]),
        ["""{ code: { gt: "00000001-0000-0000-0000-000000000000" } }"""] = c => c.Code.CompareTo(new Guid(1, 0, 0, new byte[8])) > 0,

        // Boolean (and nullable Boolean)
        ["""{ isCapital: { eq: true } }"""] = c => c.IsCapital,
        ["""{ isCapital: { neq: true } }"""] = c => !c.IsCapital,
        ["""{ coastal: { eq: false } }"""] = c => c.Coastal == false,
        ["""{ coastal: { neq: false } }"""] = c => c.Coastal != false,
        ["""{ coastal: { eq: null } }"""] = c => c.Coastal is null,

        // Enum (and nullable enum)
        ["""{ kind: { eq: TOWN } }"""] = c => c.Kind == CityKind.Town,
        ["""{ kind: { neq: TOWN } }"""] = c => c.Kind != CityKind.Town,
        ["""{ kind: { in: [VILLAGE, METROPOLIS] } }"""] = c => c.Kind is CityKind.Village or CityKind.Metropolis,
        ["""{ kind: { nin: [VILLAGE] } }"""] = c => c.Kind != CityKind.Village,
        ["""{ formerKind: { neq: METROPOLIS } }"""] = c => c.FormerKind != CityKind.Metropolis,
        ["""{ formerKind: { nin: [VILLAGE] } }"""] = c => c.FormerKind is null || c.FormerKind != CityKind.Village,
        ["""{ formerKind: { neq: null } }"""] = c => c.FormerKind is not null,

        // A null inside in/nin is a value like any other: nin with null never matches NULL rows
        ["""{ nickname: { in: ["RoPo", null] } }"""] = c => c.Nickname is null or "RoPo",
        ["""{ nickname: { nin: ["RoPo", null] } }"""] = c => c.Nickname is not (null or "RoPo"),
        ["""{ nickname: { nin: [null] } }"""] = c => c.Nickname is not null,
        ["""{ altitude: { nin: [100, null] } }"""] = c => c.Altitude is not (null or 100),
        ["""{ altitude: { in: [null] } }"""] = c => c.Altitude is null,

        // Letters beyond ASCII fold like .NET's ToLowerInvariant on both sides
        ["""{ name: { contains: "Århus" } }"""] = c => Lower(c.Name).Contains("århus", StringComparison.Ordinal),
        ["""{ name: { contains: "ÅRHUS" } }"""] = c => Lower(c.Name).Contains("århus", StringComparison.Ordinal),
        ["""{ name: { startsWith: "č" } }"""] = c => Lower(c.Name).StartsWith('č'),
        ["""{ name: { ncontains: "ŁÓ" } }"""] = c => !Lower(c.Name).Contains("łó", StringComparison.Ordinal),
        ["""{ nickname: { contains: "ő" } }"""] = c => c.Nickname is { } n && Lower(n).Contains('ő', StringComparison.Ordinal),
        ["""{ nickname: { nendsWith: "É" } }"""] = c => c.Nickname is not { } n || !Lower(n).EndsWith('é'),

        // Nested object and list of objects
        ["""{ region: { rank: { gte: 1 } } }"""] = c => c.Region is not null && c.Region.Rank >= 1,
        ["""{ region: { name: { startsWith: "p" } } }"""] = c => c.Region is not null && Lower(c.Region.Name).StartsWith('p'),
        ["""{ districts: { some: { population: { gt: 200 } } } }"""] = c => c.Districts.Any(d => d.Population > 200),
        ["""{ districts: { none: { population: { gt: 200 } } } }"""] = c => !c.Districts.Any(d => d.Population > 200),
        ["""{ districts: { all: { population: { gt: 100 } } } }"""] = c => c.Districts.All(d => d.Population > 100),
        ["""{ districts: { any: true } }"""] = c => c.Districts.Count > 0,
        ["""{ districts: { any: false } }"""] = c => c.Districts.Count == 0,

        // and / or / several fields
        ["""{ kind: { eq: VILLAGE }, coastal: { eq: true } }"""] = c => c.Kind == CityKind.Village && c.Coastal == true,
        ["""{ or: [{ kind: { eq: TOWN } }, { isCapital: { eq: true } }] }"""] = c => c.Kind == CityKind.Town || c.IsCapital,
        ["""{ and: [{ population: { gt: 1000 } }, { population: { lt: 5000 } }] }"""] = c => c.Population is > 1000 and < 5000,
        ["""{ or: [{ and: [{ kind: { eq: TOWN } }, { altitude: { gte: 300 } }] }, { nickname: { eq: null } }] }"""] = c => (c.Kind == CityKind.Town && c.Altitude >= 300) || c.Nickname is null,
        ["""{ and: [] }"""] = _ => true,
        ["""{ or: [] }"""] = _ => false,
    };

    public static TheoryData<string> Cases => [.. s_cases.Keys];

    [ProviderTheory]
    [MemberData(nameof(Cases))]
    public async Task Filter_matches_the_same_rows_as_LINQ_to_objects(string where)
    {
        int[] expected = [.. db.Cities.Where(s_cases[where]).Select(c => c.Id).Order()];
        if (where is not ("{ and: [] }" or "{ or: [] }"))
        {
            // A case that selects nothing or everything could not tell a broken operation from a working one.
            Assert.InRange(expected.Length, 1, db.Cities.Count - 1);
        }

        JsonElement result = await db.ExecuteAsync($$"""{ cityList(where: {{where}}) { id } }""");

        Assert.Equal(expected, Expected.ResultIds(result, "cityList"));
    }

    [ProviderTheory]
    [InlineData("""{ name: null }""", "name")]
    [InlineData("""{ name: { contains: null } }""", "name.contains")]
    [InlineData("""{ nickname: { startsWith: null } }""", "nickname.startsWith")]
    [InlineData("""{ population: { eq: null } }""", "population.eq")]
    [InlineData("""{ altitude: { gt: null } }""", "altitude.gt")]
    [InlineData("""{ population: { in: [1, null] } }""", "population.in")]
    [InlineData("""{ and: null }""", "and")]
    [InlineData("""{ region: { rank: { eq: null } } }""", "region.rank.eq")]
    [InlineData("""{ districts: { some: null } }""", "districts.some")]
    public async Task A_null_where_null_is_not_allowed_is_error_HC0026(string where, string field)
    {
        JsonElement result = await db.ExecuteAsync($$"""{ cities(where: {{where}}) { nodes { id } } }""");

        JsonElement error = Expected.SingleError(result, "cities");
        Assert.Equal($"The field \"{field}\" does not accept null: only eq and neq on a nullable member may be null.", error.GetProperty("message").GetString());
        Assert.Equal("HC0026", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("""["cities"]""", error.GetProperty("path").GetRawText());
    }

    [ProviderFact]
    public async Task Eq_and_in_are_exact_while_text_operations_ignore_case()
    {
        JsonElement exact = await db.ExecuteAsync("""{ cityList(where: { or: [{ name: { eq: "BERMARIS" } }, { name: { in: ["BERMARIS"] } }] }) { id } }""");
        JsonElement text = await db.ExecuteAsync("""{ cityList(where: { name: { contains: "BERMARIS", startsWith: "BERMA", endsWith: "MARIS" } }) { id } }""");

        Assert.Empty(Expected.ResultIds(exact, "cityList"));
        Assert.Equal(db.Cities.Where(c => c.Name == "bermaRIS").Select(c => c.Id), Expected.ResultIds(text, "cityList"));
    }

    [ProviderFact]
    public async Task Where_and_order_can_come_from_variables()
    {
        Dictionary<string, object?> variables = new()
        {
            ["where"] = new Dictionary<string, object?>
            {
                ["kind"] = new Dictionary<string, object?> { ["in"] = new List<object?> { "TOWN", "METROPOLIS" } },
                ["nickname"] = new Dictionary<string, object?> { ["neq"] = null },
            },
            ["order"] = new List<object?> { new Dictionary<string, object?> { ["name"] = "DESC" } },
        };

        JsonElement result = await db.ExecuteAsync(
            """query($where: CityFilterInput, $order: [CitySortInput!]) { cityList(where: $where, order: $order) { id } }""",
            variables);

        Assert.Equal(
            db.Ids(db.Cities.Where(c => c.Kind != CityKind.Village && c.Nickname is not null), (c => c.Name, true)),
            Expected.ResultIds(result, "cityList"));
    }

    [ProviderFact]
    public virtual async Task Where_null_means_no_filter()
    {
        JsonElement result = await db.ExecuteAsync("""{ cityList(where: null) { id } }""");

        Assert.Equal(db.Cities.Select(c => c.Id), Expected.ResultIds(result, "cityList"));
    }

    [ProviderFact]
    public virtual async Task Case_insensitive_contains_is_one_statement_with_parameters()
    {
        JsonElement result = await db.ExecuteAsync("""{ cityList(where: { name: { contains: "BeR" }, population: { gt: 1000 } }) { id } }""");

        Assert.Equal(
            db.Cities.Where(c => Lower(c.Name).Contains("ber", StringComparison.Ordinal) && c.Population > 1000).Select(c => c.Id),
            Expected.ResultIds(result, "cityList"));
        db.MatchSnapshot(this);
        string sql = Assert.Single(db.Log.Commands);
        Assert.DoesNotContain("ber", sql, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("1000", sql, StringComparison.Ordinal);
    }

    [ProviderFact]
    public virtual async Task A_filter_through_relations_is_one_statement_with_one_subquery_per_list_level()
    {
        // regions → (declared, two branches) partners → (declared, through the edge) projects
        JsonElement result = await db.ExecuteAsync("""{ regionList(where: { partners: { some: { projects: { some: { year: { gte: 2022 } } } } } }) { id } }""");

        Assert.Equal(
            db.Data.Regions.Where(r => r.Cities.SelectMany(c => c.Partners).Any(p => p.Participations.Any(l => l.Project.Year >= 2022))).Select(r => r.Id),
            Expected.ResultIds(result, "regionList").Order());
        db.MatchSnapshot(this);
        string sql = Assert.Single(db.Log.Commands);
        Assert.Equal(4, sql.Split("EXISTS").Length - 1); // two branches, each with its nested EXISTS
        Assert.DoesNotContain("2022", sql, StringComparison.Ordinal);
    }

    [ProviderFact]
    public virtual async Task A_null_list_operation_is_error_HC0026()
    {
        JsonElement result = await db.ExecuteAsync("""{ partnerList(where: { projects: { some: null } }) { id } }""");

        Assert.Equal("HC0026", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
