using System.Text.Json;
using CreativeGraph.Data.Core;
using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Tests.Fixtures;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Data.Tests.Sqlite;

/// <summary>
/// SQLite keeps decimals as text; comparisons and orders must still be numeric and exact (EF Core's <c>ef_compare</c>
/// function and <c>EF_DECIMAL</c> collation), never text order and never rounded through a double.
/// </summary>
public sealed class SqliteDecimalTests : IDisposable
{
    private readonly SqliteConnection _connection = new("DataSource=:memory:");
    private readonly SqlRecorder _log = new();
    private readonly RequestExecutor _executor;

    public SqliteDecimalTests()
    {
        _connection.Open();
        using CitiesDbContext seed = Context();
        seed.Database.EnsureCreated();
        seed.Cities.AddRange(
            new City { Id = 1, Name = "Small", Area = 3.5m },
            new City { Id = 2, Name = "Ten", Area = 10m },
            new City { Id = 3, Name = "Large", Area = 100.25m },
            new City { Id = 4, Name = "Middle", Area = 12.5m },
            new City { Id = 5, Name = "Also ten", Area = 10m });
        seed.SaveChanges();

        SchemaBuilder builder = new();
        DataSchema.For(builder).EnumType<CityKind>().Entity<City>(e => e.Ignore(c => c.Secret));
        builder.AddObjectType("City", t =>
        {
            t.RuntimeType<City>();
            t.Field("name").Type("String!");
            t.Field("area").Type("Decimal!");
        });
        builder.AddQueryType("Query", t => t.QueryableField<City>(builder, "cities", _ =>
        {
            CitiesDbContext db = Context();
            return new RentedQuery<City>(db.Cities.AsNoTracking(), db);
        }).UsePaging().UseFiltering().UseSorting());
        _executor = new RequestExecutor(builder.Build());
    }

    [Fact]
    public async Task Compares_decimals_as_numbers_not_as_text()
    {
        // As text "3.5" > "12.5" > "100.25"; as numbers the order is the other way round.
        JsonElement result = await ExecuteAsync("""{ cities(where: { area: { gt: 3.5, lte: 100.25 } }, order: [{ area: DESC }]) { nodes { name area } } }""");

        Assert.Equal(
            """[{"name":"Large","area":100.25},{"name":"Middle","area":12.5},{"name":"Ten","area":10.0},{"name":"Also ten","area":10.0}]""",
            result.GetProperty("data").GetProperty("cities").GetProperty("nodes").GetRawText());
        Assert.DoesNotContain("AS REAL", Assert.Single(_log.Commands), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compares_decimals_beyond_double_precision()
    {
        // 100.25 and 100.2500000000000001 are the same double; as decimals the second is larger.
        JsonElement above = await ExecuteAsync("""{ cities(where: { area: { gte: 100.2500000000000001 } }) { nodes { name } } }""");
        JsonElement below = await ExecuteAsync("""{ cities(where: { area: { lt: 100.2500000000000001, gt: 100.2499999999999999 } }) { nodes { name } } }""");

        Assert.Equal("[]", above.GetProperty("data").GetProperty("cities").GetProperty("nodes").GetRawText());
        Assert.Equal("""[{"name":"Large"}]""", below.GetProperty("data").GetProperty("cities").GetProperty("nodes").GetRawText());
    }

    [Fact]
    public async Task Pages_through_a_decimal_order_with_keyset_cursors()
    {
        JsonElement first = await ExecuteAsync("""{ cities(first: 2, order: [{ area: ASC }]) { pageInfo { endCursor } nodes { name } } }""");
        string cursor = first.GetProperty("data").GetProperty("cities").GetProperty("pageInfo").GetProperty("endCursor").GetString()!;
        JsonElement second = await ExecuteAsync($$"""{ cities(first: 2, after: "{{cursor}}", order: [{ area: ASC }]) { nodes { name } } }""");

        Assert.Equal("""[{"name":"Small"},{"name":"Ten"}]""", first.GetProperty("data").GetProperty("cities").GetProperty("nodes").GetRawText());
        Assert.Equal("""[{"name":"Also ten"},{"name":"Middle"}]""", second.GetProperty("data").GetProperty("cities").GetProperty("nodes").GetRawText());
    }

    [Fact]
    public async Task Decimal_in_and_eq_still_match_exact_values()
    {
        JsonElement result = await ExecuteAsync("""{ cities(where: { area: { in: [10, 12.5] } }, order: [{ name: ASC }]) { nodes { name } } }""");

        Assert.Equal("""[{"name":"Also ten"},{"name":"Middle"},{"name":"Ten"}]""", result.GetProperty("data").GetProperty("cities").GetProperty("nodes").GetRawText());
    }

    public void Dispose() => _connection.Dispose();

    private async Task<JsonElement> ExecuteAsync(string query)
    {
        _log.Clear();
        using ExecutionResult result = await _executor.ExecuteAsync(new GraphQLRequest { Query = query });
        using JsonDocument document = JsonDocument.Parse(ResultWriter.ToJson(result));
        return document.RootElement.Clone();
    }

    private CitiesDbContext Context() =>
        new(new DbContextOptionsBuilder<CitiesDbContext>().UseSqlite(_connection).UseCaseFolding().AddInterceptors(_log, SqliteCaseFolding.Instance).Options);
}
