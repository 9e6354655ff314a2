using CreativeGraph.Persistence.Seed;

namespace CreativeGraph.Persistence.Tests.Seed;

public sealed class SeedDataTests
{
    [Fact]
    public void Twelve_data_files_are_embedded_in_load_order()
    {
        IReadOnlyList<ImportFile> files = SeedData.Load();

        Assert.Equal(
            ["01-sources.json", "02-countries.json", "03-regions.json", "04-cities.json", "05-sectors.json", "06-partners.json",
             "07-people.json", "08-programmes.json", "09-networks.json", "10-forums.json", "11-projects.json", "12-events.json"],
            files.Select(f => f.Name));
    }

    [Fact]
    public void Seed_files_validate_on_their_own_against_an_empty_database()
    {
        List<ParsedFile> parsed = SeedData.Load().Select(f => new ParsedFile(f.Name, KnowledgeGraphJson.Parse(f))).ToList();

        Assert.Empty(ImportValidator.Validate(parsed, new GraphIndex()));
        Assert.Equal(
            ["000_0baf3f130126ed81.txt", "001_3f1f1bde7295a825.txt", "002_2fc5350b57de88cf.txt", "003_007c10a39628cd87.txt", "004_6d613f43c147bd2d.txt"],
            parsed.SelectMany(p => p.Document.Sources).Select(s => s.FileName).Order());
    }

    [Fact]
    public void Validation_reports_duplicates_and_bad_keys_with_their_location()
    {
        const string Json = """
            { "sectors": [
                { "slug": "Bad Slug", "name": "X", "sources": [ "s" ] },
                { "slug": "games", "name": "Games", "sources": [ "s" ] },
                { "slug": "games", "name": "Games again", "sources": [ "s" ] } ],
              "sources": [ { "slug": "s", "fileName": "s.txt", "title": "S", "language": "english" } ] }
            """;
        var parsed = new List<ParsedFile> { new("dup.json", KnowledgeGraphJson.Parse(new ImportFile("dup.json", Json))) };

        IReadOnlyList<string> errors = ImportValidator.Validate(parsed, new GraphIndex());

        Assert.Equal(
            [
                "dup.json: sources[0] (source 's'): field 'language': 'english' is not a BCP 47 language tag such as 'en', 'da' or 'sl'.",
                "dup.json: sectors[0] (sector 'Bad Slug'): field 'slug': 'Bad Slug' is not a slug (lower-case letters and digits separated by single hyphens).",
                "dup.json: sectors[2] (sector 'games'): field 'slug': duplicate sector 'games', already defined at dup.json: sectors[1].",
            ],
            errors);
    }

    [Fact]
    public void Unknown_fields_are_rejected_rather_than_ignored()
    {
        const string Json = """{ "sectors": [ { "slug": "games", "name": "Games", "sources": [ "s" ], "colour": "red" } ] }""";

        KnowledgeGraphImportException error = Assert.Throws<KnowledgeGraphImportException>(() => KnowledgeGraphJson.Parse(new ImportFile("extra.json", Json)));

        Assert.Contains("extra.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("colour", error.Message, StringComparison.Ordinal);
    }
}
