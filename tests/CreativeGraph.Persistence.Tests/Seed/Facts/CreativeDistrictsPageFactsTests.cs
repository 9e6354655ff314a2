using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Tests.Seed.Facts;

/// <summary>Facts of 000_0baf3f130126ed81.txt, the Creative Districts page.</summary>
public abstract class CreativeDistrictsPageFactsTests<TFixture>(TFixture fixture)
    where TFixture : KnowledgeGraphFixture
{
    private const string Page = "creative-districts-page";

    protected TFixture Fixture { get; } = fixture;

    [DatabaseFact]
    public async Task Two_districts_launched_in_spring_2013_under_one_umbrella()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        List<Project> districts = await db.Projects.Include(p => p.Regions).ThenInclude(r => r.Region)
            .Where(p => p.ParentProject!.Slug == "european-creative-districts").OrderBy(p => p.Slug).ToListAsync();
        Event launch = await db.Events.SingleAsync(e => e.Kind == EventKind.Launch);

        Assert.Equal(["create-tuscany", "wallonia-european-creative-district"], districts.Select(d => d.Slug));
        Assert.Equal(["tuscany", "wallonia"], districts.Select(d => d.Regions.Single().Region.Slug));
        Assert.All(districts, d => Assert.Equal((new DateOnly(2013, 3, 1), DatePrecision.Season), (d.StartDate!.Value, d.StartDatePrecision!.Value)));
        Assert.Equal((2013, DatePrecision.Season), (launch.Year!.Value, launch.DatePrecision!.Value));
    }

    [DatabaseFact]
    public async Task European_Parliament_initiative_implemented_by_DG_Enterprise_and_Industry_through_two_grant_agreements()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        var roles = await db.Participations.Where(p => p.Project.Slug == "european-creative-districts")
            .OrderBy(p => p.Partner.Slug).Select(p => new { p.Partner.Slug, p.Role, p.Partner.Kind, p.Note }).ToListAsync();

        Assert.Equal(2, roles.Count);
        Assert.Equal(("dg-enterprise-and-industry", ParticipationRole.Funder), (roles[0].Slug, roles[0].Role));
        Assert.Equal(("european-parliament", ParticipationRole.Initiator), (roles[1].Slug, roles[1].Role));
        Assert.All(roles, r => Assert.Equal(PartnerKind.EuInstitution, r.Kind));
        Assert.Contains("two grant agreements", roles[0].Note, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Wallonia_district_builds_on_Creative_Wallonia_which_exists_since_2011()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        Project wallonia = await db.Projects.Include(p => p.Programme!).ThenInclude(p => p.Region).SingleAsync(p => p.Slug == "wallonia-european-creative-district");

        Assert.Equal("Creative Wallonia", wallonia.Programme!.Name);
        Assert.Equal(ProgrammeKind.RegionalFrameworkProgramme, wallonia.Programme.Kind);
        Assert.Equal(2011, wallonia.Programme.StartYear);
        Assert.Null(wallonia.Programme.EndYear);
        Assert.Equal("wallonia", wallonia.Programme.Region!.Slug);
    }

    [DatabaseFact]
    public async Task CREATE_is_about_the_Prato_textile_district()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        Project create = await db.Projects
            .Include(p => p.Cities).ThenInclude(c => c.City).ThenInclude(c => c.Region)
            .Include(p => p.Sectors).ThenInclude(s => s.Sector)
            .SingleAsync(p => p.Slug == "create-tuscany");

        Assert.Equal("CREATE", create.Acronym);
        Assert.Equal("prato", create.Cities.Single().City.Slug);
        Assert.Equal("tuscany", create.Cities.Single().City.Region!.Slug);
        Assert.Equal(["design", "fashion", "textiles"], create.Sectors.Select(s => s.Sector.Slug).Order());
    }

    [DatabaseFact]
    public async Task Lorenzo_Guazzini_is_vice_president_of_the_Prato_Chamber_of_Commerce()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        Person person = await db.People.Include(p => p.Partner).SingleAsync(p => p.Slug == "lorenzo-guazzini");

        Assert.Equal("Vice president", person.Role);
        Assert.Equal(PartnerKind.ChamberOfCommerce, person.Partner!.Kind);
        Assert.Equal("Prato Chamber of Commerce", person.Partner.Name);
        Assert.Null(person.Email);
    }

    [DatabaseFact]
    public async Task The_page_calls_the_umbrella_Creative_District_and_the_Walloon_district_Wallonia_Creative_District()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();

        var names = await db.AlternativeNames
            .Where(n => n.EntityType == EntityTypes.Project && n.Source!.Slug == Page)
            .OrderBy(n => n.EntityKey).Select(n => new { n.EntityKey, n.Name, n.Kind }).ToListAsync();

        Assert.Equal(
            [
                new { EntityKey = "european-creative-districts", Name = "Creative District", Kind = NameKind.Variant },
                new { EntityKey = "wallonia-european-creative-district", Name = "Wallonia Creative District", Kind = NameKind.Variant },
            ],
            names);
    }

    [DatabaseFact]
    public async Task Districts_aim_to_modernise_traditional_industries_through_creativity_and_non_technological_innovation()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();

        List<ProjectObjective> objectives = await db.ProjectObjectives
            .Where(o => o.Project.Slug == "european-creative-districts").OrderBy(o => o.Ordinal).ToListAsync();

        Assert.Equal([1, 2, 3], objectives.Select(o => o.Ordinal));
        Assert.Equal(ObjectiveKind.Aim, objectives[2].Kind);
        Assert.Contains("non-technological", objectives[2].Text, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task The_page_names_Italy_but_not_Belgium()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();

        List<string> countries = await db.KeysCitedByAsync(EntityTypes.Country, Page);

        Assert.Equal(["IT"], countries);
    }
}
