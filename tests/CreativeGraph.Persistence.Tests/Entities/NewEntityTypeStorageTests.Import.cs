using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Search;
using CreativeGraph.Persistence.Seed;
using CreativeGraph.Persistence.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using static CreativeGraph.Persistence.Tests.Entities.FestivalSlice;

namespace CreativeGraph.Persistence.Tests.Entities;

/// <summary>The declared <c>festivals</c> section of the JSON data files, through the importer that seed and <c>import</c> share.</summary>
public abstract partial class NewEntityTypeStorageTests<TFixture>
{
    private const string Factsheet = "districts-of-creativity-factsheet";

    private const string TwoFestivals = $$"""
        {
          "networks": [ { "slug": "festival-cities", "name": "Festival Cities", "sources": [ "{{Factsheet}}" ] } ],
          "festivals": [
            { "slug": "aarhus-festuge", "name": "Aarhus Festuge", "year": 2012, "network": "districts-of-creativity",
              "names": [ { "name": "Aarhus Festival Week", "language": "en", "kind": "translation" } ], "sources": [ "{{Factsheet}}" ] },
            { "slug": "leipzig-lights", "name": "Leipzig Festival of Lights", "year": 2013, "network": "festival-cities", "sources": [ "{{Factsheet}}" ] }
          ]
        }
        """;

    [DatabaseFact]
    public async Task Festivals_are_imported_from_their_declared_section_with_references_names_citations_and_search_rows()
    {
        await using TestDatabase database = await Fixture.CreateSeededDatabaseAsync();
        await MigrateAsync(database);
        await using FestivalDbContext db = FestivalDbContext.Over(database);

        ImportSummary summary = await KnowledgeGraphImporter.ImportAsync(db, [new ImportFile("festivals.json", TwoFestivals)], FestivalSlice.Entities);

        // 1 network + 2 festivals + 1 alternative name + 3 citations
        Assert.Equal(new ImportSummary(7, 0), summary);
        List<Festival> festivals = await db.Set<Festival>().Include(f => f.Network).OrderBy(f => f.Slug).ToListAsync();
        Assert.Equal(
            [("aarhus-festuge", "Aarhus Festuge", 2012, "districts-of-creativity"), ("leipzig-lights", "Leipzig Festival of Lights", 2013, "festival-cities")],
            festivals.Select(f => (f.Slug, f.Name, f.Year, f.Network.Slug)));
        Assert.Equal(
            ["aarhus-festuge", "leipzig-lights"],
            await db.FactSources.Where(f => f.EntityType == "Festival" && f.Source.Slug == Factsheet).Select(f => f.EntityKey).OrderBy(k => k).ToListAsync());
        SearchHit hit = Assert.Single(await KnowledgeGraphSearch.Find(db, SearchNormalizer.Normalize("aarhus festival week")).ToListAsync());
        Assert.Equal(("Festival", festivals[0].Id, SearchMatch.Exact), (hit.EntityType, hit.EntityId, hit.Match));

        // Matched by slug: the same file changes nothing, a changed year updates the stored row.
        Assert.True((await KnowledgeGraphImporter.ImportAsync(db, [new ImportFile("festivals.json", TwoFestivals)], FestivalSlice.Entities)).ChangedNothing);
        string moved = TwoFestivals.Replace("\"year\": 2013", "\"year\": 2014", StringComparison.Ordinal);
        Assert.Equal(new ImportSummary(0, 1), await KnowledgeGraphImporter.ImportAsync(db, [new ImportFile("festivals.json", moved)], FestivalSlice.Entities));
        Assert.Equal(2014, (await db.Set<Festival>().AsNoTracking().SingleAsync(f => f.Slug == "leipzig-lights")).Year);
    }

    [DatabaseFact]
    public async Task A_bad_festival_record_rejects_the_batch_naming_file_record_and_field_and_nothing_is_written()
    {
        await using TestDatabase database = await Fixture.CreateSeededDatabaseAsync();
        await MigrateAsync(database);
        string before = await database.FingerprintAsync();
        const string Broken = $$"""
            { "festivals": [
                { "slug": "roskilde", "name": "Roskilde Festival", "year": 2012, "network": "nowhere", "sources": [ "{{Factsheet}}" ] },
                { "slug": "Bad Slug", "name": " ", "year": 1800, "network": "districts-of-creativity", "sources": [] },
                { "slug": "roskilde", "name": "Roskilde again", "year": 2013, "network": "districts-of-creativity", "sources": [ "rumour" ],
                  "names": [ { "name": "Roskilde", "language": "danish", "kind": "local" } ] },
                { "slug": "aarhus-festuge", "name": "Aarhus Festuge", "year": 2013, "network": "districts-of-creativity", "sources": [ "{{Factsheet}}" ] } ] }
            """;

        await using FestivalDbContext db = FestivalDbContext.Over(database);
        KnowledgeGraphImportException error = await Assert.ThrowsAsync<KnowledgeGraphImportException>(
            () => KnowledgeGraphImporter.ImportAsync(db, [new ImportFile("broken.json", Broken)], FestivalSlice.Entities));

        Assert.Equal(
            [
                "broken.json: festivals[0] (festival 'roskilde'): field 'network': no network 'nowhere' exists in the imported files or the database.",
                "broken.json: festivals[1] (festival 'Bad Slug'): field 'slug': 'Bad Slug' is not a slug (lower-case letters and digits separated by single hyphens).",
                "broken.json: festivals[1] (festival 'Bad Slug'): field 'name': must not be empty.",
                "broken.json: festivals[1] (festival 'Bad Slug'): field 'year': 1800 is outside the range 1900..2200.",
                "broken.json: festivals[1] (festival 'Bad Slug'): field 'sources': every record must cite at least one source.",
                "broken.json: festivals[2] (festival 'roskilde'): field 'slug': duplicate festival 'roskilde', already defined at broken.json: festivals[0].",
                "broken.json: festivals[2].names[0] (festival 'roskilde', name 'Roskilde'): field 'language': 'danish' is not a BCP 47 language tag such as 'en', 'da' or 'sl'.",
                "broken.json: festivals[2] (festival 'roskilde'): field 'sources': no source 'rumour' exists in the imported files or the database.",
                "broken.json: festivals[3] (festival 'aarhus-festuge'): field 'year': duplicate festival 'districts-of-creativity/2013', already defined at broken.json: festivals[2].",
            ],
            error.Errors);
        Assert.Equal(0, await db.Set<Festival>().CountAsync());
        Assert.Equal(before, await database.FingerprintAsync());
    }

    [DatabaseFact]
    public async Task A_malformed_festival_section_is_rejected_with_its_json_path_and_without_its_declaration_it_is_an_unknown_field()
    {
        await using TestDatabase database = await Fixture.CreateSeededDatabaseAsync();
        await MigrateAsync(database);
        await using FestivalDbContext db = FestivalDbContext.Over(database);

        Assert.StartsWith(
            "types.json at $.festivals[0].year (line 1):",
            await RejectedAsync(db, """{ "festivals": [ { "slug": "x", "name": "X", "year": "2012", "network": "districts-of-creativity", "sources": [] } ] }"""),
            StringComparison.Ordinal);
        Assert.Matches(
            @"^types\.json at \$\.festivals\[0\] \(line 1\): .*missing required properties.*'network'",
            await RejectedAsync(db, """{ "festivals": [ { "slug": "x", "name": "X", "year": 2012, "sources": [] } ] }"""));
        Assert.Matches(
            @"^types\.json at \$\.festivals\[0\]\.colour \(line 1\): .*'colour'",
            await RejectedAsync(db, """{ "festivals": [ { "slug": "x", "name": "X", "year": 2012, "network": "n", "sources": [], "colour": "red" } ] }"""));
        Assert.StartsWith("types.json at $.festivals (line 1):", await RejectedAsync(db, """{ "festivals": null }"""), StringComparison.Ordinal);
        Assert.Matches(@"^types\.json at \$\.galas \(line 1\): .*'galas'", await RejectedAsync(db, """{ "galas": [] }"""));

        // Read with the store's entity types only, the section is what any unknown member is.
        KnowledgeGraphImportException error = await Assert.ThrowsAsync<KnowledgeGraphImportException>(
            () => KnowledgeGraphImporter.ImportAsync(db, [new ImportFile("festivals.json", TwoFestivals)]));
        Assert.Contains("'festivals'", Assert.Single(error.Errors), StringComparison.Ordinal);
        Assert.Equal(0, await db.Set<Festival>().CountAsync());
    }

    /// <summary>The one error a file named <c>types.json</c> is rejected with, as the importer reports it.</summary>
    private static async Task<string> RejectedAsync(FestivalDbContext db, string json)
    {
        KnowledgeGraphImportException error = await Assert.ThrowsAsync<KnowledgeGraphImportException>(
            () => KnowledgeGraphImporter.ImportAsync(db, [new ImportFile("types.json", json)], FestivalSlice.Entities));
        return Assert.Single(error.Errors);
    }
}
