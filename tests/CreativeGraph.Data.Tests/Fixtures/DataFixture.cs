using System.Text.Json;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Data.Tests.Fixtures;

/// <summary>
/// A database of the generated dataset behind a real <see cref="RequestExecutor"/> running <see cref="TestSchema"/>.
/// Every resolver and batch rents its own <see cref="CitiesDbContext"/> and disposes it when done (as the API does
/// with its pooled factory); <see cref="Rented"/> and <see cref="Disposed"/> count them. Providers subclass it.
/// </summary>
public abstract class DataFixture : IDisposable
{
    private DbContextOptions<CitiesDbContext>? _options;
    private int _rented;
    private int _disposed;

    /// <summary>The same data as the database, for LINQ-to-objects expectations.</summary>
    public Dataset Data { get; } = Dataset.Generate();

    public IReadOnlyList<City> Cities => Data.Cities;

    public CommandLog Log { get; } = new();

    public RequestExecutor Executor { get; private set; } = null!;

    public Schema Schema => Executor.Schema;

    public int Rented => _rented;

    public int Disposed => _disposed;

    /// <summary>Where the provider sorts NULL in ascending order (<see cref="Paging.PagingOptions.NullsFirst"/>).</summary>
    public abstract bool NullsFirst { get; }

    public async Task<JsonElement> ExecuteAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        Log.Clear();
        ExecutionResult result = await Executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables });
        using JsonDocument document = JsonDocument.Parse(ResultWriter.ToJson(result));
        return document.RootElement.Clone();
    }

    /// <summary>The ids of <paramref name="cities"/> in the database's order of <paramref name="keys"/>, then by id.</summary>
    public int[] Ids(IEnumerable<City> cities, params (Func<City, object?> Key, bool Descending)[] keys) =>
        Expected.Ids(NullsFirst, cities, c => c.Id, keys);

    /// <summary>The statements of the last request are exactly <paramref name="expected"/> (in any order: batches of one wave may interleave).</summary>
    public void AssertSql(params string[] expected)
    {
        string[] actual = [.. Log.Commands.Order(StringComparer.Ordinal)];
        Assert.True(
            expected.Select(e => e.ReplaceLineEndings("\n")).Order(StringComparer.Ordinal).SequenceEqual(actual),
            "The SQL differs; the statements were:\n" + string.Join("\n----\n", Log.Commands));
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Creates the schema, seeds the database once and builds the executor; call it from the subclass constructor.</summary>
    protected void Initialize(DbContextOptions<CitiesDbContext> options)
    {
        _options = options;
        Dataset data = Dataset.Generate();
        using (CitiesDbContext seed = new(options))
        {
            seed.Database.EnsureCreated();
            seed.Regions.AddRange(data.Regions);
            seed.Cities.AddRange(data.Cities);
            seed.Partners.AddRange(data.Partners);
            seed.Projects.AddRange(data.Projects);
            seed.Facts.AddRange(data.Facts);
            seed.SaveChanges();
        }

        // Cost analysis is not what these tests are about: queries here ask for thousands of parents at once.
        Executor = new RequestExecutor(TestSchema.Build(this), new RequestExecutorOptions { MaxCost = null });
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>
    /// A query over a context rented for this call; the owner is the context itself (disposing it returns the
    /// rental), so the data layer runs the query as the compiled query of its shape, as it does in the server.
    /// </summary>
    internal RentedQuery<T> Rent<T>(Func<CitiesDbContext, IQueryable<T>> query)
    {
        CitiesDbContext context = new(_options!) { Disposed = () => Interlocked.Increment(ref _disposed) };
        Interlocked.Increment(ref _rented);
        return new RentedQuery<T>(query(context), context);
    }
}
