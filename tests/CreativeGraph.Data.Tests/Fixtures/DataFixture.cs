using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using CreativeGraph.Data.Core;
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
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private DbContextOptions<CitiesDbContext>? _options;
    private (string Query, IReadOnlyDictionary<string, object?>? Variables, JsonElement Result)? _last;
    private int _rented;
    private int _disposed;

    /// <summary>The same data as the database, for LINQ-to-objects expectations.</summary>
    public Dataset Data { get; } = Dataset.Generate();

    public IReadOnlyList<City> Cities => Data.Cities;

    /// <summary>The statements of the last request, with their parameter values, in execution order.</summary>
    internal SqlRecorder Log { get; } = new();

    public RequestExecutor Executor { get; private set; } = null!;

    public Schema Schema => Executor.Schema;

    public int Rented => _rented;

    public int Disposed => _disposed;

    /// <summary>Where the provider sorts NULL in ascending order (<see cref="Paging.PagingOptions.NullsFirst"/>).</summary>
    public abstract bool NullsFirst { get; }

    /// <summary>The provider's name in a snapshot, e.g. SQLite.</summary>
    protected abstract string ProviderName { get; }

    /// <summary>The folder whose <c>__snapshots__/</c> holds this provider's snapshots.</summary>
    protected abstract string SnapshotFolder { get; }

    public async Task<JsonElement> ExecuteAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        Log.Clear();
        ExecutionResult result = await Executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables });
        using JsonDocument document = JsonDocument.Parse(ResultWriter.ToJson(result));
        JsonElement root = document.RootElement.Clone();
        _last = (query, variables, root);
        return root;
    }

    /// <summary>The ids of <paramref name="cities"/> in the database's order of <paramref name="keys"/>, then by id.</summary>
    public int[] Ids(IEnumerable<City> cities, params (Func<City, object?> Key, bool Descending)[] keys) =>
        Expected.Ids(NullsFirst, cities, c => c.Id, keys);

    /// <summary>
    /// The last request matches this provider's snapshot of <paramref name="test"/>'s test: its operation and
    /// variables, the SQL it ran with the parameter values (in <paramref name="order"/>), and its result, in
    /// <c>&lt;provider folder&gt;/__snapshots__/&lt;test class&gt;.&lt;test&gt;.snap</c>. On a mismatch the failure shows
    /// a unified diff; tests/README.md says how to accept or regenerate.
    /// </summary>
    internal void MatchSnapshot(object test, SqlOrder order = SqlOrder.Execution, [CallerMemberName] string name = "")
    {
        (string query, IReadOnlyDictionary<string, object?>? variables, JsonElement result) = _last
            ?? throw new InvalidOperationException("No request ran yet: call ExecuteAsync before MatchSnapshot.");
        OperationSnapshot snapshot = new OperationSnapshot().Section("Operation", query);
        if (variables is not null)
        {
            snapshot.Section("Variables", JsonSerializer.Serialize(variables, s_indented));
        }

        snapshot.Sql(ProviderName, Log.Statements(order), order)
            .Section("Result", JsonSerializer.Serialize(result, s_indented))
            .Match($"{test.GetType().Name}.{name}.snap", SnapshotFolder);
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

    /// <summary>The folder of the calling source file.</summary>
    protected static string FolderOf([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;

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
