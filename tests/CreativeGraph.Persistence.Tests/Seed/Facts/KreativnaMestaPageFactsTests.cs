using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Tests.Seed.Facts;

/// <summary>Facts of 004_6d613f43c147bd2d.txt, the Slovenian Kreativna mesta page.</summary>
public abstract class KreativnaMestaPageFactsTests<TFixture>(TFixture fixture)
    where TFixture : KnowledgeGraphFixture
{
    private const string Page = "kreativna-mesta-page";

    protected TFixture Fixture { get; } = fixture;

    [DatabaseFact]
    public async Task Eleven_results_translated_with_the_Slovenian_titles_kept()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        List<ProjectResult> results = await db.ProjectResults
            .Where(r => r.Project.Slug == "creative-cities" && r.LocalTitleLanguage == "sl")
            .OrderBy(r => r.Ordinal).ToListAsync();

        Assert.Equal(11, results.Count);
        Assert.Equal("SWOT analiza: Status kreativnih industrij v Ljubljani", results[0].LocalTitle);
        Assert.Equal("SWOT analysis: the state of the creative industries in Ljubljana", results[0].Title);
        Assert.Equal("Regionalni center kreativne ekonomije – RCKE", results[2].LocalTitle);
        Assert.Equal("Predstavitev prototipov poslovne verige na sejmu Ambient 2012", results[6].LocalTitle);
        Assert.Equal("Spletna stran RCKE", results[10].LocalTitle);
        Assert.Equal("RCKE website", results[10].Title);
    }

    [DatabaseFact]
    public async Task Every_result_of_the_page_cites_it()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();

        int cited = await db.FactSources.CountAsync(f =>
            f.EntityType == EntityTypes.ProjectResult && f.EntityKey.StartsWith("creative-cities/") && f.Source.Slug == Page);

        Assert.Equal(14, cited);
    }

    [DatabaseFact]
    public async Task The_two_Slovenian_partners_with_acronyms_and_local_names()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        var partners = await db.Participations
            .Where(p => p.Project.Slug == "creative-cities" && p.Partner.Country!.Code == "SI")
            .OrderBy(p => p.Partner.Acronym)
            .Select(p => new { p.Partner.Acronym, p.Partner.LocalName, p.Partner.Kind })
            .ToListAsync();

        Assert.Equal(
            [
                new { Acronym = (string?)"IER", LocalName = (string?)"Inštitut za ekonomska raziskovanja", Kind = PartnerKind.ResearchInstitute },
                new { Acronym = (string?)"RRA LUR", LocalName = (string?)"Regionalna razvojna agencija Ljubljanske urbane regije", Kind = PartnerKind.DevelopmentAgency },
            ],
            partners);
    }

    [DatabaseFact]
    public async Task Five_objectives_and_the_main_aim_from_the_page()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        List<string> cited = await db.KeysCitedByAsync(EntityTypes.ProjectObjective, Page);
        List<ProjectObjective> objectives = await db.ProjectObjectives.Where(o => o.Project.Slug == "creative-cities").ToListAsync();

        List<ProjectObjective> fromPage = objectives.Where(o => cited.Contains(EntityKeys.Compose("creative-cities", o.Ordinal))).ToList();

        Assert.Equal(5, fromPage.Count(o => o.Kind == ObjectiveKind.Objective));
        Assert.Single(fromPage, o => o.Kind == ObjectiveKind.Aim);
    }

    [DatabaseFact]
    public async Task Cooperation_with_EUROCITIES_and_the_Slovenian_project_name()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        Participation eurocities = await db.Participations.SingleAsync(p => p.Project.Slug == "creative-cities" && p.Partner.Slug == "eurocities");
        Project project = await db.Projects.SingleAsync(p => p.Slug == "creative-cities");

        Assert.Equal(ParticipationRole.CooperationPartner, eurocities.Role);
        Assert.Equal(("Kreativna mesta", "sl"), (project.LocalTitle, project.LocalTitleLanguage));
        Assert.Equal(ProjectStatus.Finished, project.Status);
    }

    [DatabaseFact]
    public async Task Ambient_fair_events_2011_and_2012_in_Ljubljana()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();

        var events = await db.Events.Where(e => e.Kind == EventKind.Fair).OrderBy(e => e.Year)
            .Select(e => new { e.Year, City = e.City!.Slug, Project = e.Project!.Slug }).ToListAsync();

        Assert.Equal(
            [new { Year = (int?)2011, City = "ljubljana", Project = "creative-cities" }, new { Year = (int?)2012, City = "ljubljana", Project = "creative-cities" }],
            events);
    }

    [DatabaseFact]
    public async Task Genova_is_the_Slovenian_pages_name_for_Genoa()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();

        AlternativeName name = await db.AlternativeNames.SingleAsync(n => n.EntityType == EntityTypes.City && n.EntityKey == "genoa");

        Assert.Equal(("Genova", "it", NameKind.Local), (name.Name, name.Language, name.Kind));
    }

    [DatabaseFact]
    public async Task The_international_conference_is_an_undated_unplaced_event_of_the_project()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        Event conference = await db.Events.Include(e => e.Project).SingleAsync(e => e.Slug == "creative-cities-international-conference");
        ProjectResult result = await db.ProjectResults.SingleAsync(r => r.Project.Slug == "creative-cities" && r.Ordinal == 2);
        List<string> cited = await db.FactSources
            .Where(f => f.EntityType == EntityTypes.Event && f.EntityKey == conference.Slug).Select(f => f.Source.Slug).ToListAsync();

        Assert.Equal((EventKind.Conference, EventStatus.Held, "creative-cities"), (conference.Kind, conference.Status, conference.Project!.Slug));
        Assert.Equal(result.Title, conference.Name);
        Assert.Null(conference.Year);
        Assert.Null(conference.CityId);
        Assert.Equal([Page], cited);
    }

    [DatabaseFact]
    public async Task The_cities_built_the_results_into_their_local_plans()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        Project project = await db.Projects.SingleAsync(p => p.Slug == "creative-cities");

        // The page says the cities have the powers and used them; it gives no reason why they were chosen.
        Assert.Contains("build the results into local plans and strategies, and did so", project.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("picked", project.Summary, StringComparison.Ordinal);
    }
}
