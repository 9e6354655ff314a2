using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Seed;
using CreativeGraph.Persistence.Startup;
using CreativeGraph.Persistence.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Tests.Seed;

/// <summary>The import path (shared by seed and <c>import</c> command): upsert, idempotence, all-or-nothing rejection.</summary>
public abstract class KnowledgeGraphImporterTests<TFixture>(TFixture fixture)
    where TFixture : KnowledgeGraphFixture
{
    private const string NewData = """
        {
          "cities": [
            { "slug": "bruges", "name": "Bruges", "country": "BE", "region": "flanders", "latitude": 51.2093, "longitude": 3.2247,
              "names": [ { "name": "Brugge", "language": "nl", "kind": "local" } ], "sources": [ "districts-of-creativity-factsheet" ] }
          ],
          "partners": [
            { "slug": "bruges-design-lab", "name": "Bruges Design Lab", "kind": "company", "website": "www.example.org/lab", "city": "bruges", "country": "BE",
              "sources": [ "districts-of-creativity-factsheet" ] }
          ],
          "people": [
            { "slug": "jan-peeters", "name": "Jan Peeters", "role": "Director", "partner": "bruges-design-lab", "email": "jan@example.org",
              "sources": [ "districts-of-creativity-factsheet" ] }
          ]
        }
        """;

    protected TFixture Fixture { get; } = fixture;

    [DatabaseFact]
    public async Task Import_adds_new_records_with_names_and_citations()
    {
        await using TestDatabase database = await Fixture.CreateSeededDatabaseAsync();
        await using KnowledgeGraphDbContext db = database.CreateContext();

        ImportSummary summary = await KnowledgeGraphImporter.ImportAsync(db, [new ImportFile("new.json", NewData)]);

        // 3 entities + 1 alternative name + 3 citations
        Assert.Equal(new ImportSummary(7, 0), summary);
        Partner lab = await db.Partners.Include(p => p.City).SingleAsync(p => p.Slug == "bruges-design-lab");
        Assert.Equal("https://www.example.org/lab", lab.Website);
        Assert.Equal("flanders", (await db.Cities.Include(c => c.Region).SingleAsync(c => c.Slug == "bruges")).Region!.Slug);
        Assert.Equal("bruges", lab.City!.Slug);
        Assert.Equal(1, await db.FactSources.CountAsync(f => f.EntityType == EntityTypes.Person && f.EntityKey == "jan-peeters"));
    }

    [DatabaseFact]
    public async Task Importing_the_same_file_twice_changes_nothing_the_second_time()
    {
        await using TestDatabase database = await Fixture.CreateSeededDatabaseAsync();
        await using (KnowledgeGraphDbContext db = database.CreateContext())
        {
            await KnowledgeGraphImporter.ImportAsync(db, [new ImportFile("new.json", NewData)]);
        }

        string before = await database.FingerprintAsync();
        ImportSummary second;
        await using (KnowledgeGraphDbContext db = database.CreateContext())
        {
            second = await KnowledgeGraphImporter.ImportAsync(db, [new ImportFile("new.json", NewData)]);
        }

        Assert.True(second.ChangedNothing, $"Second import changed {second}.");
        Assert.Equal(before, await database.FingerprintAsync());
    }

    [DatabaseFact]
    public async Task Reimporting_the_seed_changes_nothing_and_seeding_a_filled_database_is_skipped()
    {
        await using TestDatabase database = await Fixture.CreateSeededDatabaseAsync();
        string before = await database.FingerprintAsync();
        await using KnowledgeGraphDbContext db = database.CreateContext();

        ImportSummary? reseed = await KnowledgeGraphDatabase.MigrateAndSeedAsync(db);
        ImportSummary summary = await KnowledgeGraphImporter.ImportAsync(db, SeedData.Load());

        Assert.Null(reseed);
        Assert.True(summary.ChangedNothing, $"Re-importing the seed changed {summary}.");
        Assert.Equal(before, await database.FingerprintAsync());
    }

    [DatabaseFact]
    public async Task Import_updates_an_existing_record_found_by_its_natural_key()
    {
        await using TestDatabase database = await Fixture.CreateSeededDatabaseAsync();
        await using KnowledgeGraphDbContext db = database.CreateContext();
        int cities = await db.Cities.CountAsync();
        const string Update = """
            { "cities": [ { "slug": "aarhus", "name": "Aarhus", "country": "DK", "region": "central-denmark-region", "latitude": 56.15, "longitude": 10.2,
                            "sources": [ "districts-of-creativity-factsheet" ] } ] }
            """;

        ImportSummary summary = await KnowledgeGraphImporter.ImportAsync(db, [new ImportFile("update.json", Update)]);

        Assert.Equal(new ImportSummary(0, 1), summary);
        Assert.Equal(cities, await db.Cities.CountAsync());
        City aarhus = await db.Cities.SingleAsync(c => c.Slug == "aarhus");
        Assert.Equal((56.15, 10.2), (aarhus.Latitude, aarhus.Longitude));
        Assert.Equal(1, await db.AlternativeNames.CountAsync(n => n.EntityType == EntityTypes.City && n.EntityKey == "aarhus"));
    }

    [DatabaseFact]
    public async Task A_broken_row_rejects_the_whole_file_naming_file_record_and_field_and_changes_nothing()
    {
        await using TestDatabase database = await Fixture.CreateSeededDatabaseAsync();
        string before = await database.FingerprintAsync();
        const string Broken = """
            {
              "cities": [
                { "slug": "aarhus", "name": "Aarhus (renamed)", "country": "DK", "latitude": 56.1, "longitude": 10.2, "sources": [ "districts-of-creativity-factsheet" ] },
                { "slug": "bruges", "name": "Bruges", "country": "BE", "latitude": 51.2, "longitude": 3.2, "sources": [ "districts-of-creativity-factsheet" ] },
                { "slug": "atlantis", "name": "Atlantis", "country": "BE", "region": "nowhere", "latitude": 1, "longitude": 1, "sources": [ "districts-of-creativity-factsheet" ] }
              ]
            }
            """;

        KnowledgeGraphImportException error;
        await using (KnowledgeGraphDbContext db = database.CreateContext())
        {
            error = await Assert.ThrowsAsync<KnowledgeGraphImportException>(
                () => KnowledgeGraphImporter.ImportAsync(db, [new ImportFile("broken.json", Broken)]));
        }

        Assert.Equal(
            ["broken.json: cities[2] (city 'atlantis'): field 'region': no region 'nowhere' exists in the imported files or the database."],
            error.Errors);
        Assert.Equal(before, await database.FingerprintAsync());
    }

    [DatabaseFact]
    public async Task A_value_of_the_wrong_type_is_rejected_with_its_json_path()
    {
        await using TestDatabase database = await Fixture.CreateSeededDatabaseAsync();
        string before = await database.FingerprintAsync();
        const string Broken = """
            { "cities": [ { "slug": "bruges", "name": "Bruges", "country": "BE", "latitude": "north", "longitude": 3.2, "sources": [ "districts-of-creativity-factsheet" ] } ] }
            """;

        await using KnowledgeGraphDbContext db = database.CreateContext();
        KnowledgeGraphImportException error = await Assert.ThrowsAsync<KnowledgeGraphImportException>(
            () => KnowledgeGraphImporter.ImportAsync(db, [new ImportFile("types.json", Broken)]));

        Assert.StartsWith("types.json at $.cities[0].latitude (line 1):", Assert.Single(error.Errors), StringComparison.Ordinal);
        Assert.Equal(before, await database.FingerprintAsync());
    }

    [DatabaseFact]
    public async Task A_record_without_sources_or_with_an_unknown_source_is_rejected()
    {
        await using TestDatabase database = await Fixture.CreateSeededDatabaseAsync();
        const string Unsourced = """
            { "sectors": [ { "slug": "gastronomy", "name": "Gastronomy", "sources": [] }, { "slug": "games", "name": "Games", "sources": [ "rumour" ] } ] }
            """;

        await using KnowledgeGraphDbContext db = database.CreateContext();
        KnowledgeGraphImportException error = await Assert.ThrowsAsync<KnowledgeGraphImportException>(
            () => KnowledgeGraphImporter.ImportAsync(db, [new ImportFile("sectors.json", Unsourced)]));

        Assert.Equal(
            [
                "sectors.json: sectors[0] (sector 'gastronomy'): field 'sources': every record must cite at least one source.",
                "sectors.json: sectors[1] (sector 'games'): field 'sources': no source 'rumour' exists in the imported files or the database.",
            ],
            error.Errors);
        Assert.Equal(0, await db.Sectors.CountAsync(s => s.Slug == "gastronomy" || s.Slug == "games"));
    }
}
