using CreativeGraph.Data.Tests.Fixtures;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Data.Tests.Snapshots;

/// <summary>What the SQL recorder of the snapshots writes down (tests/Shared/SqlRecorder.cs), on a real SQLite database.</summary>
public sealed class SqlRecorderTests : IDisposable
{
    private readonly SqliteConnection _connection = new("DataSource=:memory:");
    private readonly SqlRecorder _recorder = new();

    public SqlRecorderTests()
    {
        _connection.Open();
        using CitiesDbContext seed = Context();
        seed.Database.EnsureCreated();
        seed.Regions.Add(new Region { Id = 1, Name = "North", Rank = 1 });
        seed.SaveChanges();
        _recorder.Clear();
    }

    [Fact]
    public void A_statement_is_listed_with_its_parameter_values_then_its_SQL()
    {
        using CitiesDbContext db = Context();
        string name = "O'Neill";

        _ = db.Regions.Where(r => r.Name == name).ToList();

        Assert.Equal(
            """
            -- @name = 'O''Neill'
            SELECT "r"."Id", "r"."Name", "r"."Rank"
            FROM "Regions" AS "r"
            WHERE "r"."Name" = @name
            """,
            Assert.Single(_recorder.Statements(SqlOrder.Execution)));
        Assert.DoesNotContain("O'Neill", Assert.Single(_recorder.Commands), StringComparison.Ordinal);
    }

    [Fact]
    public void By_rental_the_order_does_not_depend_on_how_two_rentals_interleave()
    {
        // The same two rentals, each running its statements in the same order, interleaved two ways.
        IReadOnlyList<string> first = Run(interleaved: true, out IReadOnlyList<string> firstExecution);
        IReadOnlyList<string> second = Run(interleaved: false, out IReadOnlyList<string> secondExecution);

        Assert.NotEqual(firstExecution, secondExecution);
        Assert.Equal(first, second);
        // A rental's statements stay together and in their own order: the region query, then the city count.
        int regions = first.ToList().FindIndex(s => s.Contains("\"Regions\"", StringComparison.Ordinal));
        Assert.Contains("\"Cities\"", first[regions + 1], StringComparison.Ordinal);
        Assert.Contains("COUNT(*)", first[regions + 1], StringComparison.Ordinal);
    }

    public void Dispose() => _connection.Dispose();

    private IReadOnlyList<string> Run(bool interleaved, out IReadOnlyList<string> execution)
    {
        _recorder.Clear();
        using CitiesDbContext a = Context();
        using CitiesDbContext b = Context();
        if (interleaved)
        {
            _ = a.Regions.Where(r => r.Rank > 0).ToList();
            _ = b.Partners.Where(p => p.Staff > 5).ToList();
            _ = a.Cities.Count(c => c.Population > 10);
        }
        else
        {
            _ = b.Partners.Where(p => p.Staff > 5).ToList();
            _ = a.Regions.Where(r => r.Rank > 0).ToList();
            _ = a.Cities.Count(c => c.Population > 10);
        }

        execution = _recorder.Statements(SqlOrder.Execution);
        return _recorder.Statements(SqlOrder.ByRental);
    }

    private CitiesDbContext Context() =>
        new(new DbContextOptionsBuilder<CitiesDbContext>().UseSqlite(_connection).AddInterceptors(_recorder).Options);
}
