using System.Text.Json;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Data.Tests.Fixtures;

/// <summary>
/// A database of the generated dataset behind a real <see cref="RequestExecutor"/>: <c>cities</c> (paging, filtering,
/// sorting) and <c>cityList</c> (filtering, sorting). Providers subclass it with their options (R9).
/// </summary>
public abstract class DataFixture : IDisposable
{
    private readonly Func<CommandLog, DbContextOptions<CitiesDbContext>> _options;
    private readonly List<CitiesDbContext> _contexts = [];

    protected DataFixture(Func<CommandLog, DbContextOptions<CitiesDbContext>> options)
    {
        _options = options;
        (List<Region> regions, List<City> cities) = Dataset.Generate();
        using (CitiesDbContext seed = new(options(Log)))
        {
            seed.Database.EnsureCreated();
            seed.Regions.AddRange(regions);
            seed.Cities.AddRange(cities);
            seed.SaveChanges();
        }

        Cities = Dataset.Generate().Cities;
        Executor = new RequestExecutor(BuildSchema());
    }

    /// <summary>The same data as the database, for LINQ-to-objects expectations.</summary>
    public IReadOnlyList<City> Cities { get; }

    public CommandLog Log { get; } = new();

    public RequestExecutor Executor { get; }

    public Schema Schema => Executor.Schema;

    public async Task<JsonElement> ExecuteAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        Log.Clear();
        ExecutionResult result = await Executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables });
        using JsonDocument document = JsonDocument.Parse(ResultWriter.ToJson(result));
        return document.RootElement.Clone();
    }

    public void Dispose()
    {
        foreach (CitiesDbContext context in _contexts)
        {
            context.Dispose();
        }

        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    private IQueryable<City> Source()
    {
        CitiesDbContext context = new(_options(Log));
        _contexts.Add(context);
        return context.Cities;
    }

    private Schema BuildSchema()
    {
        SchemaBuilder builder = new();
        DataSchema.For(builder)
            .EnumType<CityKind>()
            .Entity<City>(e => e.Ignore(c => c.Secret).Ignore(c => c.RegionId).Name(c => c.Visitors, "visitorCount"));
        builder.AddObjectType("City", t =>
        {
            t.RuntimeType<City>();
            t.Field("id").Type("Int!");
            t.Field("name").Type("String!");
            t.Field("nickname").Type("String");
            t.Field("population").Type("Int!");
            t.Field("altitude").Type("Int");
            t.Field("visitors").Type("Long!");
            t.Field("area").Type("Decimal!");
            t.Field("rating").Type("Float!");
            t.Field("updatedAt").Type("DateTime!");
            t.Field("founded").Type("Date!");
            t.Field("code").Type("UUID!");
            t.Field("isCapital").Type("Boolean!");
            t.Field("coastal").Type("Boolean");
            t.Field("kind").Type("CityKind!");
            t.Field("formerKind").Type("CityKind");
        });
        builder.AddQueryType("Query", t =>
        {
            t.QueryableField(builder, "cities", _ => Source()).UsePaging().UseFiltering().UseSorting();
            t.QueryableField(builder, "cityList", _ => Source()).UseFiltering().UseSorting();
        });
        return builder.Build();
    }
}
