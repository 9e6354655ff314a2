using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Tests.Seed.Facts;

/// <summary>Facts of 001_3f1f1bde7295a825.txt, the URBAN CREATIVE POLES project page.</summary>
public abstract class UrbanCreativePolesPageFactsTests<TFixture>(TFixture fixture)
    where TFixture : KnowledgeGraphFixture
{
    protected TFixture Fixture { get; } = fixture;

    [DatabaseFact]
    public async Task Runs_from_2010_09_16_to_2013_12_15_and_is_finished()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        Project ucp = await db.Projects.Include(p => p.Programme).SingleAsync(p => p.Slug == "urban-creative-poles");

        Assert.Equal("URBAN CREATIVE POLES", ucp.Acronym);
        Assert.Equal(new DateOnly(2010, 9, 16), ucp.StartDate);
        Assert.Equal(new DateOnly(2013, 12, 15), ucp.EndDate);
        Assert.Equal(DatePrecision.Day, ucp.EndDatePrecision);
        Assert.Equal(ProjectStatus.Finished, ucp.Status);
        Assert.Equal("baltic-sea-region-2007-2013", ucp.Programme!.Slug);
        Assert.Equal((2007, 2013), (ucp.Programme.StartYear, ucp.Programme.EndYear));
    }

    [DatabaseFact]
    public async Task Budget_1916622_50_euro_at_80_1_percent_co_financing_with_8_partners_in_5_cities()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        Project ucp = await db.Projects.SingleAsync(p => p.Slug == "urban-creative-poles");

        Assert.Equal(1_916_622.50m, ucp.Budget);
        Assert.Equal("EUR", ucp.BudgetCurrency);
        Assert.Equal(80.1m, ucp.EuCofinancingRate);
        Assert.Equal(8, ucp.StatedPartnerCount);
        Assert.Equal(5, ucp.StatedCityCount);
    }

    [DatabaseFact]
    public async Task Eleven_sectors_including_broadcasting_and_software_games()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        var sectors = await db.ProjectSectors.Where(s => s.Project.Slug == "urban-creative-poles")
            .Select(s => new { s.Sector.Slug, s.LabelAsWritten }).ToListAsync();

        Assert.Equal(11, sectors.Count);
        Assert.Contains(new { Slug = "broadcasting", LabelAsWritten = (string?)"broadcasting" }, sectors);
        Assert.Contains(new { Slug = "software-and-computer-games", LabelAsWritten = (string?)"software/ games" }, sectors);
        Assert.Contains(new { Slug = "publishing", LabelAsWritten = (string?)"(electronic) publishing" }, sectors);
        Assert.DoesNotContain(sectors, s => s.Slug == "media");
    }

    [DatabaseFact]
    public async Task Results_end_with_the_charter_signed_by_all_five_mayors()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        List<ProjectResult> results = await db.ProjectResults.Where(r => r.Project.Slug == "urban-creative-poles").OrderBy(r => r.Ordinal).ToListAsync();
        Event final = await db.Events.SingleAsync(e => e.Slug == "ucp-final-conference");

        Assert.Equal(12, results.Count);
        Assert.Equal("UCP-Charta", results[^1].LocalTitle);
        Assert.Contains("six chapters", results.Single(r => r.Title == "E-learning tool").Description, StringComparison.Ordinal);
        Assert.Contains("mayors of all five", final.Description, StringComparison.Ordinal);
        Assert.Null(final.Year);
    }

    [DatabaseFact]
    public async Task Source_spelling_CREATIVE_URBAN_POLES_and_abbreviation_UCP_are_names_of_the_project()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();

        List<string> names = await db.AlternativeNames
            .Where(n => n.EntityType == EntityTypes.Project && n.EntityKey == "urban-creative-poles")
            .Select(n => n.Name).OrderBy(n => n).ToListAsync();

        Assert.Equal(["CREATIVE URBAN POLES", "UCP"], names);
    }

    [DatabaseFact]
    public async Task Expected_core_results_are_an_objective_and_the_DCMS_definition_is_credited()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        List<ProjectObjective> objectives = await db.ProjectObjectives.Where(o => o.Project.Slug == "urban-creative-poles").OrderBy(o => o.Ordinal).ToListAsync();
        Project ucp = await db.Projects.SingleAsync(p => p.Slug == "urban-creative-poles");

        Assert.Equal(Enumerable.Range(1, 12), objectives.Select(o => o.Ordinal));
        Assert.Equal(ObjectiveKind.Objective, objectives[^1].Kind);
        Assert.Contains("motor of urban development", objectives[^1].Text, StringComparison.Ordinal);
        Assert.Contains("UK Department of Culture, Media and Sport", ucp.Summary, StringComparison.Ordinal);
        Assert.Contains("earlier interregional projects", ucp.Summary, StringComparison.Ordinal);
        Assert.Contains("medium-sized cities in particular", ucp.Summary, StringComparison.Ordinal);
    }
}
