using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Search;
using CreativeGraph.Persistence.Seed;
using CreativeGraph.Persistence.Startup;
using CreativeGraph.Persistence.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Tests.Search;

/// <summary>The importer keeps the search table in step with the graph, in the import's transaction.</summary>
public abstract class SearchIndexTests<TFixture>(TFixture fixture)
    where TFixture : KnowledgeGraphFixture
{
    protected TFixture Fixture { get; } = fixture;

    [DatabaseFact]
    public async Task A_renamed_entity_is_found_by_its_new_name_and_no_longer_by_its_old_one()
    {
        await using TestDatabase database = await Fixture.CreateSeededDatabaseAsync();
        const string Rename = """
            { "partners": [ { "slug": "job-centre", "name": "Agenzia Lavoro Genova s.r.l.", "kind": "company", "website": "www.job-centre.it", "country": "IT",
                              "sources": [ "creative-cities-leaflet" ] } ] }
            """;
        await using KnowledgeGraphDbContext db = database.CreateContext();
        int partner = await db.Partners.Where(p => p.Slug == "job-centre").Select(p => p.Id).SingleAsync();
        Assert.Contains(await Hits(db, "job centre"), h => h.EntityId == partner);

        await KnowledgeGraphImporter.ImportAsync(db, [new ImportFile("rename.json", Rename)]);

        Assert.DoesNotContain(await Hits(db, "job centre"), h => h.EntityType == EntityTypes.Partner && h.EntityId == partner);
        SearchHit renamed = Assert.Single(await Hits(db, "agenzia lavoro"));
        Assert.Equal((EntityTypes.Partner, partner, "Agenzia Lavoro Genova s.r.l.", SearchMatch.Prefix), (renamed.EntityType, renamed.EntityId, renamed.Name, renamed.Match));
        Assert.Equal(1, await db.SearchNames.CountAsync(n => n.EntityType == EntityTypes.Partner && n.EntityId == partner));
    }

    [DatabaseFact]
    public async Task A_new_alternative_name_is_found_after_the_import()
    {
        await using TestDatabase database = await Fixture.CreateSeededDatabaseAsync();
        const string Flandre = """
            { "regions": [ { "slug": "flanders", "name": "Flanders", "kind": "administrative-region", "country": "BE",
                             "names": [ { "name": "Flandre", "language": "fr", "kind": "translation" } ], "sources": [ "districts-of-creativity-factsheet" ] } ] }
            """;
        await using KnowledgeGraphDbContext db = database.CreateContext();
        Assert.Empty(await Hits(db, "flandre"));

        await KnowledgeGraphImporter.ImportAsync(db, [new ImportFile("flandre.json", Flandre)]);

        SearchHit hit = Assert.Single(await Hits(db, "Flandre"));
        Assert.Equal((EntityTypes.Region, "Flandre", "fr", SearchNameKind.Translation, SearchMatch.Exact), (hit.EntityType, hit.Name, hit.Language, hit.Kind, hit.Match));
        Assert.Single(await Hits(db, "Flanderen")); // the names it had are still there
    }

    [DatabaseFact]
    public async Task New_entities_are_searchable_in_the_transaction_that_adds_them()
    {
        await using TestDatabase database = await Fixture.CreateSeededDatabaseAsync();
        const string Bruges = """
            { "cities": [ { "slug": "bruges", "name": "Bruges", "country": "BE", "region": "flanders", "latitude": 51.2093, "longitude": 3.2247,
                            "names": [ { "name": "Brugge", "language": "nl", "kind": "local" } ], "sources": [ "districts-of-creativity-factsheet" ] } ] }
            """;
        await using KnowledgeGraphDbContext db = database.CreateContext();

        await KnowledgeGraphImporter.ImportAsync(db, [new ImportFile("bruges.json", Bruges)]);

        int bruges = await db.Cities.Where(c => c.Slug == "bruges").Select(c => c.Id).SingleAsync();
        Assert.Equal(bruges, Assert.Single(await Hits(db, "brugge")).EntityId);
        Assert.Equal(
            [("Bruges", (string?)null, SearchNameKind.Name), ("Brugge", "nl", SearchNameKind.Local)],
            (await db.SearchNames.Where(n => n.EntityType == EntityTypes.City && n.EntityId == bruges).OrderBy(n => n.Ordinal).ToListAsync())
                .Select(n => (n.Name, n.Language, n.Kind)));
    }

    [DatabaseFact]
    public async Task A_graph_stored_without_search_rows_gets_them_at_start_up()
    {
        await using TestDatabase database = await Fixture.CreateSeededDatabaseAsync();
        await using KnowledgeGraphDbContext db = database.CreateContext();
        List<string> seeded = await RowsAsync(db);
        await db.SearchNames.ExecuteDeleteAsync();

        await KnowledgeGraphDatabase.MigrateAndSeedAsync(db);

        Assert.Equal(seeded, await RowsAsync(db));
        Assert.NotEmpty(seeded);
    }

    private static Task<List<SearchHit>> Hits(KnowledgeGraphDbContext db, string term) =>
        KnowledgeGraphSearch.Find(db, SearchNormalizer.Normalize(term)).ToListAsync();

    private static async Task<List<string>> RowsAsync(KnowledgeGraphDbContext db) =>
        [.. (await db.SearchNames.AsNoTracking().ToListAsync())
            .Select(n => $"{n.EntityType}/{n.EntityId}/{n.Ordinal}: {n.Name} | {n.NormalizedName} | {n.Language} | {n.Kind}")
            .Order(StringComparer.Ordinal)];
}
