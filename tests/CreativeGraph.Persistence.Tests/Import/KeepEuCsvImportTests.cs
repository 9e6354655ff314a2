using System.Text;
using CreativeGraph.Persistence.Import.Csv;
using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Tests.Import;

/// <summary>
/// Differential test of the CSV import, per provider: a generated keep.eu-style table is imported in two files, and
/// what the database holds afterwards is compared with LINQ over the generator's truth (which organisation, project,
/// place each row means, whatever its spelling), never with the importer's own keys or normaliser.
/// </summary>
public abstract class KeepEuCsvImportTests<TFixture>(TFixture fixture)
    where TFixture : KnowledgeGraphFixture
{
    private static readonly KeepEuSample s_sample = KeepEuSampleGenerator.Generate(projects: 240, participations: 1_800, seed: 7);

    // The first file holds the first 60 % of the projects, the second the rest; organisations recur across both.
    private static readonly SampleRow[] s_first = [.. s_sample.Rows.Where(r => r.Project < 144)];
    private static readonly SampleRow[] s_second = [.. s_sample.Rows.Where(r => r.Project >= 144)];

    [DatabaseFact]
    public async Task Two_files_add_and_match_what_the_truth_says_and_cite_their_sources()
    {
        await using TestDatabase database = await fixture.CreateDatabaseAsync();
        await using (KnowledgeGraphDbContext setup = database.CreateContext())
        {
            await setup.Database.MigrateAsync();
        }

        CsvImportReport first = await ImportAsync(database, "first.csv", s_first, ';');
        Assert.True(first.Written);
        Assert.Empty(first.Rejected);
        AssertCounts(first, s_first, []);

        CsvImportReport second = await ImportAsync(database, "second.csv", s_second, ',');
        Assert.True(second.Written);
        AssertCounts(second, s_second, s_first);

        await using KnowledgeGraphDbContext db = database.CreateContext();
        Assert.Equal(s_sample.Rows.Select(r => r.Organisation).Distinct().Count(), await db.Partners.CountAsync());
        Assert.Equal(s_sample.Rows.Count, await db.Participations.CountAsync());
        await AssertParticipationsAsync(db);
        await AssertProjectValuesAsync(db);

        // Provenance: each file cites every entity and edge it states, the organisations it shares with the other file too.
        foreach ((string slug, SampleRow[] rows) in new[] { (first.Source, s_first), (second.Source, s_second) })
        {
            var cited = await db.FactSources.Where(f => f.Source.Slug == slug).GroupBy(f => f.EntityType)
                .Select(g => new { Type = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Type, g => g.Count);
            Assert.Equal(rows.Select(r => r.Organisation).Distinct().Count(), cited[EntityTypes.Partner]);
            Assert.Equal(rows.Select(r => r.Project).Distinct().Count(), cited[EntityTypes.Project]);
            Assert.Equal(rows.Length, cited[EntityTypes.Participation]);
            Assert.Equal(rows.Select(r => r.CountryCode).Distinct().Count(), cited[EntityTypes.Country]);
            Assert.Equal(rows.Select(r => r.City).Distinct().Count(), cited[EntityTypes.City]);
            Assert.Equal(1, cited[EntityTypes.Source]);
        }

        // Every partner, project and participation cites a source: none is without provenance.
        Assert.False(await db.Partners.AnyAsync(p => !db.FactSources.Any(f => f.EntityType == EntityTypes.Partner && f.EntityKey == p.Slug)));
        Assert.Equal(s_sample.Rows.Count, await db.FactSources.Where(f => f.EntityType == EntityTypes.Participation).Select(f => f.EntityKey).Distinct().CountAsync());
    }

    [DatabaseFact]
    public async Task Importing_a_file_again_adds_nothing_and_matches_everything()
    {
        await using TestDatabase database = await fixture.CreateDatabaseAsync();
        await using (KnowledgeGraphDbContext setup = database.CreateContext())
        {
            await setup.Database.MigrateAsync();
        }

        await ImportAsync(database, "first.csv", s_first, ',');
        int citations;
        await using (KnowledgeGraphDbContext db = database.CreateContext())
        {
            citations = await db.FactSources.CountAsync();
        }

        CsvImportReport again = await ImportAsync(database, "first.csv", s_first, ';');
        Assert.True(again.Written);
        Assert.All(again.Entities, e => Assert.Equal(0, e.Added));
        Assert.Equal(s_first.Select(r => r.Organisation).Distinct().Count(), again[EntityTypes.Partner].Matched);
        Assert.Equal(s_first.Length, again[EntityTypes.Participation].Matched);
        await using KnowledgeGraphDbContext after = database.CreateContext();
        Assert.Equal(citations, await after.FactSources.CountAsync());
    }

    [DatabaseFact]
    public async Task One_rejected_row_writes_nothing_unless_the_import_is_lenient()
    {
        await using TestDatabase database = await fixture.CreateSeededDatabaseAsync();
        string before = await database.FingerprintAsync();
        var text = new StringWriter();
        s_sample.Write(text, ',', s_first.Take(40));
        string csv = text.ToString() + "BROKEN,T,Interreg X,2014 - 2020,2018-01-01,2016-01-01,100,50,Some Org,LP,Atlantis,,,\r\n";
        IReadOnlyList<KeepEuRow> rows = KeepEuCsvReader.Read(Encoding.UTF8.GetBytes(csv), "bad.csv");

        CsvImportReport refused;
        await using (KnowledgeGraphDbContext db = database.CreateContext())
        {
            refused = await KeepEuCsvImporter.ImportAsync(db, "bad.csv", rows);
        }

        Assert.False(refused.Written);
        RejectedRow rejected = Assert.Single(refused.Rejected);
        Assert.Equal((42L, CsvImportCodes.BadDate), (rejected.Line, rejected.Code));
        Assert.Equal(before, await database.FingerprintAsync());

        await using (KnowledgeGraphDbContext db = database.CreateContext())
        {
            CsvImportReport lenient = await KeepEuCsvImporter.ImportAsync(db, "bad.csv", rows, lenient: true);
            Assert.True(lenient.Written);
            Assert.Single(lenient.Rejected);
            Assert.Equal(40, lenient[EntityTypes.Participation].Added);
        }

        await using KnowledgeGraphDbContext after = database.CreateContext();
        Assert.False(await after.Projects.AnyAsync(p => p.Acronym == "BROKEN"));
        Assert.Equal(40, await after.FactSources.CountAsync(f => f.EntityType == EntityTypes.Participation && f.Source.FileName == "bad.csv"));
    }

    /// <summary>Writes <paramref name="rows"/> as a file of their own and imports it.</summary>
    internal static async Task<CsvImportReport> ImportAsync(TestDatabase database, string fileName, IEnumerable<SampleRow> rows, char separator)
    {
        var text = new StringWriter();
        s_sample.Write(text, separator, rows);
        IReadOnlyList<KeepEuRow> parsed = KeepEuCsvReader.Read(Encoding.UTF8.GetBytes(text.ToString()), fileName);
        await using KnowledgeGraphDbContext db = database.CreateContext();
        return await KeepEuCsvImporter.ImportAsync(db, fileName, parsed);
    }

    private static void AssertCounts(CsvImportReport report, SampleRow[] rows, SampleRow[] before)
    {
        (string Entity, Func<SampleRow, object> Key)[] kinds =
        [
            (EntityTypes.Country, r => r.CountryCode), (EntityTypes.Region, r => r.Region), (EntityTypes.City, r => r.City),
            (EntityTypes.Programme, r => r.Programme), (EntityTypes.Project, r => r.Project), (EntityTypes.Partner, r => r.Organisation),
            (EntityTypes.Participation, r => (r.Project, r.Organisation)),
        ];
        foreach ((string entity, Func<SampleRow, object> key) in kinds)
        {
            var known = before.Select(key).ToHashSet();
            var stated = rows.Select(key).Distinct().ToList();
            Assert.Equal((entity, stated.Count(k => !known.Contains(k)), stated.Count(known.Contains)),
                (entity, report[entity].Added, report[entity].Matched));
        }
    }

    /// <summary>Each project's partners are the organisations the truth says, each stored once whatever its spellings.</summary>
    private static async Task AssertParticipationsAsync(KnowledgeGraphDbContext db)
    {
        // Spellings are unique to an organisation, so a stored name (the first spelling seen) identifies it.
        var organisationBySpelling = s_sample.Rows.GroupBy(r => r.Fields[8]).ToDictionary(g => g.Key, g => g.Select(r => r.Organisation).Distinct().Single());
        var acronyms = s_sample.Rows.GroupBy(r => r.Project).ToDictionary(g => g.First().Fields[0], g => g.Key);
        var stored = await db.Participations.Select(p => new { p.Project.Acronym, p.Partner.Name, p.Role }).ToListAsync();
        var actual = stored.Select(p => (Project: acronyms[p.Acronym], Organisation: organisationBySpelling[p.Name], p.Role)).OrderBy(p => p).ToList();
        var expected = s_sample.Rows.Select(r => (r.Project, r.Organisation, r.Role)).OrderBy(p => p).ToList();
        Assert.Equal(expected, actual);
    }

    private static async Task AssertProjectValuesAsync(KnowledgeGraphDbContext db)
    {
        var stored = await db.Projects.Select(p => new { p.Acronym, p.StartDate, p.EndDate, p.Budget, p.EuCofinancingRate, Programme = p.Programme!.Name }).ToListAsync();
        var expected = s_sample.Rows.GroupBy(r => r.Project).Select(g => g.First())
            .Select(r => (r.Fields[0], (DateOnly?)r.Start, (DateOnly?)r.End, (decimal?)r.Budget, (decimal?)Math.Round(r.EuCofinancing / r.Budget * 100, 2), r.Fields[2]))
            .OrderBy(p => p.Item1, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, stored.Select(p => (p.Acronym, p.StartDate, p.EndDate, p.Budget, p.EuCofinancingRate, p.Programme)).OrderBy(p => p.Acronym, StringComparer.Ordinal).ToList());
    }
}
