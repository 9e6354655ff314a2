using System.Text.Json;
using CreativeGraph.Data.Core;
using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Relay;
using CreativeGraph.Data.Tests.Fixtures;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreativeGraph.Data.Tests.Relay;

/// <summary>Cities and regions declared nodes, over an in-memory SQLite database; each source call gets its own context.</summary>
public sealed class RelayFixture : IDisposable
{
    private readonly SqliteConnection _connection = new("DataSource=:memory:");
    private readonly IServiceProvider _services = new ServiceCollection().BuildServiceProvider();

    public RelayFixture()
    {
        _connection.Open();
        using CitiesDbContext seed = Context();
        seed.Database.EnsureCreated();
        Region north = new() { Id = 1, Name = "North", Rank = 1 };
        Region south = new() { Id = 2, Name = "South", Rank = 2 };
        seed.Regions.AddRange(north, south);
        seed.Cities.AddRange(
            new City { Id = 1, Name = "Aarhus", Population = 285_000, Region = north },
            new City { Id = 2, Name = "Odense", Population = 180_000, Region = south },
            new City { Id = 3, Name = "Vejle", Population = 60_000, Region = north });
        seed.SaveChanges();
        Executor = new RequestExecutor(BuildSchema(), new RequestExecutorOptions
        {
            DataLoaderFactory = static (type, services) => type == typeof(NodeDataLoader)
                ? new NodeDataLoader(services!)
                : throw new InvalidOperationException(type.Name),
        });
    }

    internal SqlRecorder Log { get; } = new();

    public RequestExecutor Executor { get; }

    public int IdOf(string cityName)
    {
        using CitiesDbContext db = Context();
        return db.Cities.Single(c => c.Name == cityName).Id;
    }

    public async Task<JsonElement> ExecuteAsync(string query)
    {
        Log.Clear();
        using ExecutionResult result = await Executor.ExecuteAsync(new GraphQLRequest { Query = query, Services = _services });
        using JsonDocument document = JsonDocument.Parse(ResultWriter.ToJson(result));
        return document.RootElement.Clone();
    }

    public void Dispose() => _connection.Dispose();

    private CitiesDbContext Context() =>
        new(new DbContextOptionsBuilder<CitiesDbContext>().UseSqlite(_connection).UseCaseFolding().AddInterceptors(Log, SqliteCaseFolding.Instance).Options);

    private RentedQuery<T> Rent<T>(Func<CitiesDbContext, IQueryable<T>> query)
        where T : class
    {
        CitiesDbContext db = Context();
        return new RentedQuery<T>(query(db).AsNoTracking(), db);
    }

    private Schema BuildSchema()
    {
        SchemaBuilder builder = new();
        DataSchema.For(builder)
            .EnumType<CityKind>()
            .Entity<City>(e => e.Ignore(c => c.Secret))
            .Node<City>("City", c => c.Id, _ => Rent(db => db.Cities))
            .Node<Region>("Region", r => r.Id, _ => Rent(db => db.Regions));
        builder.AddObjectType("City", t =>
        {
            t.Field("name").Type("String!");
            t.Field("population").Type("Int!");
        });
        builder.AddObjectType("Region", t => t.Field("name").Type("String!"));
        builder.AddQueryType("Query", t =>
        {
            t.NodeFields(builder);
            t.QueryableField(builder, "cities", _ => Rent(db => db.Cities)).UseFiltering().UseSorting();
        });
        return builder.Build();
    }
}
