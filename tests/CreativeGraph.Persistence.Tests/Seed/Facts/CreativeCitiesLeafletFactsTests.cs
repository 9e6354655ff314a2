using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Tests.Seed.Facts;

/// <summary>Facts of 003_007c10a39628cd87.txt, the Creative Cities leaflet (OCR).</summary>
public abstract class CreativeCitiesLeafletFactsTests<TFixture>(TFixture fixture)
    where TFixture : KnowledgeGraphFixture
{
    private const string Leaflet = "creative-cities-leaflet";

    protected TFixture Fixture { get; } = fixture;

    [DatabaseFact]
    public async Task Central_Europe_Programme_project_running_until_December_2012()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        Project project = await db.Projects.Include(p => p.Programme).SingleAsync(p => p.Slug == "creative-cities");

        Assert.Equal("Central Europe Programme", project.Programme!.Name);
        Assert.Equal(new DateOnly(2012, 12, 31), project.EndDate);
        Assert.Equal(DatePrecision.Month, project.EndDatePrecision);
        Assert.Null(project.StartDate);
        Assert.Equal("https://www.creativecitiesproject.eu", project.Website);
        Assert.Equal("Development and Promotion of Creative Industry Potentials in Central European Cities", project.Title);
    }

    [DatabaseFact]
    public async Task Five_cities_take_part()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();

        var cities = await db.ProjectCities.Where(c => c.Project.Slug == "creative-cities")
            .OrderBy(c => c.City.Slug).Select(c => new { c.City.Name, Country = c.City.Country.Code }).ToListAsync();

        Assert.Equal(
            [new { Name = "Gdańsk", Country = "PL" }, new { Name = "Genoa", Country = "IT" }, new { Name = "Leipzig", Country = "DE" }, new { Name = "Ljubljana", Country = "SI" }, new { Name = "Pécs", Country = "HU" }],
            cities);
    }

    [DatabaseFact]
    public async Task Eleven_partner_organisations_led_by_the_City_of_Leipzig()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        var partners = await db.Participations
            .Where(p => p.Project.Slug == "creative-cities" && p.Role != ParticipationRole.CooperationPartner)
            .Select(p => new { p.Partner.Slug, p.Role, p.Partner.Website, Country = p.Partner.Country!.Code })
            .ToListAsync();

        Assert.Equal(11, partners.Count);
        Assert.Equal("city-of-leipzig", Assert.Single(partners, p => p.Role == ParticipationRole.LeadPartner).Slug);
        Assert.Equal(10, partners.Count(p => p.Website is not null));
        Assert.Null(partners.Single(p => p.Slug == "city-of-pecs").Website);
        Assert.Equal(
            new Dictionary<string, int> { ["DE"] = 3, ["HU"] = 2, ["IT"] = 2, ["PL"] = 2, ["SI"] = 2 },
            partners.GroupBy(p => p.Country).ToDictionary(g => g.Key, g => g.Count()));
    }

    [DatabaseFact]
    public async Task Lead_partner_has_its_postal_address()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        Partner leipzig = await db.Partners.Include(p => p.City).SingleAsync(p => p.Slug == "city-of-leipzig");

        Assert.Equal("Neues Rathaus", leipzig.Address);
        Assert.Equal("D-04092", leipzig.PostalCode);
        Assert.Equal("Leipzig", leipzig.City!.Name);
        Assert.Equal("https://www.leipzig.de", leipzig.Website);
        Assert.Equal(PartnerKind.Municipality, leipzig.Kind);
    }

    [DatabaseFact]
    public async Task Misprinted_websites_are_normalised_and_the_printed_form_kept()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        Partner gdansk = await db.Partners.SingleAsync(p => p.Slug == "city-hall-of-gdansk");
        Partner association = await db.Partners.SingleAsync(p => p.Slug == "german-association-for-housing-urban-and-spatial-development");

        Assert.Equal(("https://www.gdansk.gda.pl", "www.gdansk,gda.pl"), (gdansk.Website, gdansk.WebsiteAsWritten));
        Assert.Equal(("https://www.deutscher-verband.org", "www.deutscher-verband.ora"), (association.Website, association.WebsiteAsWritten));
        Assert.Equal(2, await db.Partners.CountAsync(p => p.WebsiteAsWritten != null));
    }

    [DatabaseFact]
    public async Task Two_contacts_with_roles_and_email_addresses()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        var contacts = await db.People.Where(p => p.Email != null).OrderBy(p => p.Name)
            .Select(p => new { p.Name, p.Role, p.Email, Partner = p.Partner!.Slug }).ToListAsync();

        Assert.Equal(2, contacts.Count);
        Assert.Equal(new { Name = "Emilia Marieta Niewiarowska", Role = (string?)"Communication Manager", Email = (string?)"creativecities@comune.genova.it", Partner = "municipality-of-genoa" }, contacts[0]);
        Assert.Equal(new { Name = "Susanne Kucharski-Huniat", Role = (string?)"Contact for the lead partner", Email = (string?)"creativecities@leipzig.de", Partner = "city-of-leipzig" }, contacts[1]);
    }

    [DatabaseFact]
    public async Task Eleven_sectors_with_the_leaflets_labels()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        var sectors = await db.ProjectSectors.Where(s => s.Project.Slug == "creative-cities")
            .Select(s => new { s.Sector.Slug, s.LabelAsWritten }).ToListAsync();

        Assert.Equal(
            ["advertising", "architecture", "crafts", "design", "film", "media", "music", "photography", "publishing", "software-and-computer-games", "visual-and-performing-arts"],
            sectors.Select(s => s.Slug).Order());
        Assert.Equal("desian", sectors.Single(s => s.Slug == "design").LabelAsWritten);
        Assert.Equal("arts and craft", sectors.Single(s => s.Slug == "crafts").LabelAsWritten);
    }

    [DatabaseFact]
    public async Task Sector_synonyms_and_typos_resolve_to_one_sector()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();

        List<string> keys = await db.AlternativeNames
            .Where(n => n.EntityType == EntityTypes.Sector && (n.Name == "desian" || n.Name == "arts and craft" || n.Name == "software/games"))
            .OrderBy(n => n.Name).Select(n => n.EntityKey).ToListAsync();

        Assert.Equal(["crafts", "design", "software-and-computer-games"], keys);
    }

    [DatabaseFact]
    public async Task City_spellings_without_diacritics_are_variants()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();

        var variants = await db.AlternativeNames
            .Where(n => n.EntityType == EntityTypes.City && n.Source!.Slug == Leaflet)
            .OrderBy(n => n.Name).Select(n => new { n.EntityKey, n.Name }).ToListAsync();

        Assert.Equal([new { EntityKey = "gdansk", Name = "Gdansk" }, new { EntityKey = "pecs", Name = "Pecs" }], variants);
    }

    [DatabaseFact]
    public async Task Summary_credits_the_DCMS_definition_and_the_leaflets_case_for_clusters()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        Project project = await db.Projects.SingleAsync(p => p.Slug == "creative-cities");

        Assert.Contains("2001 definition", project.Summary, StringComparison.Ordinal);
        Assert.Contains("drawing in other sectors", project.Summary, StringComparison.Ordinal);
    }
}
