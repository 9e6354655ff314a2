using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Search;
using CreativeGraph.Persistence.Seed;
using CreativeGraph.Persistence.Synthetic;
using CreativeGraph.Persistence.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;

namespace CreativeGraph.Persistence.Tests.Entities;

/// <summary>
/// The store's half of the worked example of adding an entity type (the schema's half is the Api tests'
/// <c>NewEntityTypeTests</c>): a <c>Festival</c>, its model class, its table (the migration, computed here as EF Core
/// would scaffold it) and one declaration, is loaded and keyed by the importer's index, keyed by the query form of its
/// natural key, and written by the synthetic bulk writer with shifted keys, citations and search rows. None of the
/// importer's or the writer's code names it.
/// </summary>
public abstract class NewEntityTypeStorageTests<TFixture>(TFixture fixture)
    where TFixture : KnowledgeGraphFixture
{
    /// <summary>The declaration, as <c>StoredEntities</c> would hold it.</summary>
    private static readonly EntityDefinition<Festival> s_festival = new(db => db.Set<Festival>(), e => e.Id, e => e.Slug, e => [EntityName.Primary(e.Name)]);

    protected TFixture Fixture { get; } = fixture;

    [DatabaseFact]
    public async Task The_migration_of_a_declared_entity_type_creates_its_table_and_nothing_else()
    {
        await using TestDatabase database = await Fixture.CreateSeededDatabaseAsync();

        IReadOnlyList<MigrationOperation> operations = await MigrateAsync(database);

        CreateTableOperation table = Assert.IsType<CreateTableOperation>(operations[0]);
        Assert.Equal("Festivals", table.Name);
        Assert.Equal(["Id", "Slug", "Name", "Year"], table.Columns.Select(c => c.Name));
        Assert.All(operations.Skip(1), o => Assert.Equal("Festivals", Assert.IsType<CreateIndexOperation>(o).Table));
    }

    [DatabaseFact]
    public async Task The_importers_index_keys_a_declared_entity_type_by_its_natural_key()
    {
        await using TestDatabase database = await Fixture.CreateSeededDatabaseAsync();
        await MigrateAsync(database);
        await using FestivalDbContext db = FestivalDbContext.Over(database);
        await AddFringeAsync(db);

        GraphIndex index = await GraphIndex.LoadAsync(db, [.. StoredEntities.All, s_festival], CancellationToken.None);

        Festival stored = Assert.IsType<Festival>(index.Find("Festival", "edinburgh-fringe"));
        Assert.Equal("Edinburgh Festival Fringe", stored.Name);
        Assert.Same(stored, index.Of(s_festival)["edinburgh-fringe"]);
        Assert.Contains(index.Keys, t => t.Entity == s_festival && t.Keys.SequenceEqual(["edinburgh-fringe"]));
        Assert.Equal(await db.Partners.CountAsync(), index.Of(StoredEntities.Partner).Count);
        Assert.Null(index.Find("Festival", "glastonbury"));

        EntityKeyRow key = Assert.Single(await s_festival.Keys(db).ToListAsync());
        Assert.Equal((stored.Id, "edinburgh-fringe"), (key.Id, key.Key));
    }

    [DatabaseFact]
    public async Task The_synthetic_writer_writes_a_declared_entity_types_rows_citations_and_search_names()
    {
        await using TestDatabase database = await Fixture.CreateSeededDatabaseAsync();
        await MigrateAsync(database);
        await using FestivalDbContext db = FestivalDbContext.Over(database);
        int storedId = await AddFringeAsync(db);

        SyntheticGraph graph = SyntheticGraph.Generate(new SyntheticGraphOptions
        {
            Seed = 11,
            Partners = 4,
            Projects = 1,
            Countries = 1,
            RegionsPerCountry = 1,
            CitiesPerRegion = 1,
            Programmes = 1,
            Sectors = 1,
            Networks = 0,
            Events = 0,
            People = 0,
            Sources = 1,
            MinPartnersPerProject = 2,
            MaxPartnersPerProject = 2,
        });
        var festival = new Festival { Id = 1, Slug = "s11-festival-of-lights", Name = "Festival of Lights", Year = 2013 };
        graph.Rows(s_festival).Add(festival);
        graph.FactSources.Add(new FactSource { Id = graph.FactSources.Count + 1, EntityType = s_festival.Name, EntityKey = s_festival.KeyOf(festival), SourceId = 1 });

        // The generated country is the seed's (reused by code, not inserted again).
        int reused = await db.Countries.CountAsync(c => c.Code == graph.Countries[0].Code);
        Assert.Equal(graph.RowCount - reused, await SyntheticGraphWriter.WriteAsync(db, graph));

        Festival written = await db.Set<Festival>().AsNoTracking().SingleAsync(f => f.Slug == "s11-festival-of-lights");
        Assert.Equal(storedId + 1, written.Id);
        FactSource citation = await db.FactSources.Include(f => f.Source).SingleAsync(f => f.EntityType == "Festival");
        Assert.Equal(("s11-festival-of-lights", "s11-source-001"), (citation.EntityKey, citation.Source.Slug));
        SearchHit hit = Assert.Single(await KnowledgeGraphSearch.Find(db, SearchNormalizer.Normalize("festival of lights")).ToListAsync());
        Assert.Equal(("Festival", written.Id, SearchMatch.Exact), (hit.EntityType, hit.EntityId, hit.Match));
    }

    /// <summary>Stores one festival through EF Core, as any write would; returns its key.</summary>
    private static async Task<int> AddFringeAsync(FestivalDbContext db)
    {
        var fringe = new Festival { Slug = "edinburgh-fringe", Name = "Edinburgh Festival Fringe", Year = 2012 };
        db.Add(fringe);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return fringe.Id;
    }

    /// <summary>
    /// Adds the festivals' table to the migrated database as its migration would: the operations are EF Core's
    /// difference between the production model and the model with the new entity type.
    /// </summary>
    private static async Task<IReadOnlyList<MigrationOperation>> MigrateAsync(TestDatabase database)
    {
        await using KnowledgeGraphDbContext production = database.CreateContext();
        await using FestivalDbContext db = FestivalDbContext.Over(database);
        IReadOnlyList<MigrationOperation> operations = db.GetService<IMigrationsModelDiffer>().GetDifferences(
            production.GetService<IDesignTimeModel>().Model.GetRelationalModel(),
            db.GetService<IDesignTimeModel>().Model.GetRelationalModel());
        IReadOnlyList<MigrationCommand> commands = db.GetService<IMigrationsSqlGenerator>().Generate(operations, db.Model);
        await db.GetService<IMigrationCommandExecutor>().ExecuteNonQueryAsync(commands, db.GetService<IRelationalConnection>());
        return operations;
    }

    /// <summary>The tiny entity of the example: a surrogate key, a natural key, a name and a year.</summary>
    public sealed class Festival
    {
        public int Id { get; set; }

        public string Slug { get; set; } = "";

        public string Name { get; set; } = "";

        public int Year { get; set; }
    }

    /// <summary>The knowledge graph's model plus the festivals' table, on the provider and database of a test database.</summary>
    private sealed class FestivalDbContext(DbContextOptions<FestivalDbContext> options) : KnowledgeGraphDbContext(options)
    {
        public static FestivalDbContext Over(TestDatabase database)
        {
            using KnowledgeGraphDbContext production = database.CreateContext();
            string connectionString = production.Database.GetConnectionString()!;
            var options = new DbContextOptionsBuilder<FestivalDbContext>();
            if (production.Database.IsSqlite())
            {
                options.UseSqlite(connectionString).AddInterceptors(new SqliteTuning.ConnectionInterceptor());
            }
            else
            {
                options.UseNpgsql(connectionString);
            }

            return new FestivalDbContext(options.Options);
        }

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            base.OnModelCreating(modelBuilder);
            modelBuilder.Entity<Festival>(festival =>
            {
                festival.ToTable("Festivals");
                festival.Property(e => e.Slug).HasMaxLength(ModelConventions.SlugLength);
                festival.HasIndex(e => e.Slug).IsUnique();
                festival.Property(e => e.Name).HasMaxLength(ModelConventions.NameLength);
            });
        }
    }
}
