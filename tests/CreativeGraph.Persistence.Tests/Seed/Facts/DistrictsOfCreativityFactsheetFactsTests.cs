using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Tests.Seed.Facts;

/// <summary>Facts of 002_2fc5350b57de88cf.txt, the Danish Districts of Creativity fact sheet.</summary>
public abstract class DistrictsOfCreativityFactsheetFactsTests<TFixture>(TFixture fixture)
    where TFixture : KnowledgeGraphFixture
{
    private const string Source = "districts-of-creativity-factsheet";

    protected TFixture Fixture { get; } = fixture;

    [DatabaseFact]
    public async Task Network_has_12_member_regions_and_2_excluded()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        Network network = await db.Networks.Include(n => n.Memberships).ThenInclude(m => m.Region).SingleAsync(n => n.Slug == "districts-of-creativity");

        Assert.Equal(12, network.StatedMemberCount);
        Assert.Equal(
            ["baden-wurttemberg", "catalonia", "central-denmark-region", "flanders", "karnataka", "lombardy", "oklahoma", "rhone-alpes", "rio-de-janeiro", "scotland", "shanghai", "tampere-region"],
            network.Memberships.Where(m => m.Status == MembershipStatus.Member).Select(m => m.Region.Slug).Order());
        Assert.Equal(
            ["nord-pas-de-calais", "qingdao"],
            network.Memberships.Where(m => m.Status == MembershipStatus.Excluded).Select(m => m.Region.Slug).Order());
    }

    [DatabaseFact]
    public async Task Annual_fee_is_2500_euro()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        Network network = await db.Networks.SingleAsync(n => n.Slug == "districts-of-creativity");

        Assert.Equal(2500m, network.AnnualFee);
        Assert.Equal("EUR", network.AnnualFeeCurrency);
    }

    [DatabaseFact]
    public async Task Central_Denmark_Region_decided_2009_was_represented_from_2010_09_29_and_joined_2010_11_15_in_Oklahoma()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        Membership membership = await db.Memberships
            .Include(m => m.JoinedAtForum!).ThenInclude(f => f.HostRegion)
            .Include(m => m.Representatives).ThenInclude(r => r.Person)
            .SingleAsync(m => m.Network.Slug == "districts-of-creativity" && m.Region.Slug == "central-denmark-region");

        Assert.Equal(new DateOnly(2009, 10, 21), membership.ApplicationDecidedOn);
        Assert.Equal(new DateOnly(2010, 11, 15), membership.JoinedOn);
        Assert.Equal("cwf-2010", membership.JoinedAtForum!.Slug);
        Assert.Equal("oklahoma", membership.JoinedAtForum.HostRegion.Slug);
        Assert.Equal(["Conny Jensen", "Ulla Diderichsen"], membership.Representatives.Select(r => r.Person.Name).Order());
        Assert.All(membership.Representatives, r => Assert.Equal(new DateOnly(2010, 9, 29), r.AppointedOn));
        Assert.Equal(7, await db.MembershipPriorities.CountAsync(p => p.MembershipId == membership.Id));
    }

    [DatabaseFact]
    public async Task Exclusion_year_is_recorded_as_an_estimate_with_its_reasoning()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        List<Membership> excluded = await db.Memberships.Where(m => m.Status == MembershipStatus.Excluded).ToListAsync();

        Assert.Equal(2, excluded.Count);
        Assert.All(excluded, m =>
        {
            Assert.Equal(2011, m.ExcludedEarliestYear);
            Assert.Equal(2012, m.ExcludedLatestYear);
            Assert.Contains("last year", m.Note, StringComparison.Ordinal);
            Assert.Contains("undated", m.Note, StringComparison.Ordinal);
        });
    }

    [DatabaseFact]
    public async Task Ten_forums_from_2004_to_2013_with_their_hosts()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        var forums = await db.Forums.OrderBy(f => f.Ordinal)
            .Select(f => new { f.Ordinal, f.Year, Host = f.HostRegion.Slug, City = f.HostCity!.Slug, f.Website })
            .ToListAsync();

        Assert.Equal(Enumerable.Range(1, 10), forums.Select(f => f.Ordinal));
        Assert.Equal(Enumerable.Range(2004, 10), forums.Select(f => f.Year));
        Assert.Equal(
            ["flanders", "maryland", "flanders", "qingdao", "flanders", "baden-wurttemberg", "oklahoma", "flanders", "rio-de-janeiro", "tampere-region"],
            forums.Select(f => f.Host));
        Assert.Equal("antwerp", forums[4].City);
        Assert.Equal("https://www.creativityworldforum.be", forums[4].Website);
        Assert.Equal("https://www.cwf2009.de", forums[5].Website);
        Assert.Equal("https://www.stateofcreativity.com/events/cwf/", forums[6].Website);
        Assert.Null(forums[8].Website);
    }

    [DatabaseFact]
    public async Task The_2010_forum_was_hosted_by_Oklahoma_according_to_the_factsheet()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        Forum forum = await db.Forums.Include(f => f.HostRegion).SingleAsync(f => f.Year == 2010);

        List<string> documents = await db.FactSources
            .Where(f => f.EntityType == EntityTypes.Forum && f.EntityKey == forum.Slug)
            .Select(f => f.Source.FileName)
            .ToListAsync();

        Assert.Equal("Oklahoma", forum.HostRegion.Name);
        Assert.Equal(7, forum.Ordinal);
        Assert.Equal(["002_2fc5350b57de88cf.txt"], documents);
    }

    [DatabaseFact]
    public async Task Reverse_mission_7_to_9_May_2012_with_25_international_guests()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        Event mission = await db.Events.Include(e => e.Region).SingleAsync(e => e.Slug == "reverse-mission-central-denmark-2012");

        Assert.Equal(EventKind.Mission, mission.Kind);
        Assert.Equal(new DateOnly(2012, 5, 7), mission.StartDate);
        Assert.Equal(new DateOnly(2012, 5, 9), mission.EndDate);
        Assert.Equal(25, mission.InternationalParticipants);
        Assert.Equal("central-denmark-region", mission.Region!.Slug);
        Assert.Contains("smart cities", mission.Description, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Delegations_at_the_forums_of_2009_2010_and_2011()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();

        List<int?> years = await db.Events
            .Where(e => e.Kind == EventKind.Delegation && e.Region!.Slug == "central-denmark-region")
            .OrderBy(e => e.Year).Select(e => (int?)e.Forum!.Year).ToListAsync();

        Assert.Equal([2009, 2010, 2011], years);
    }

    [DatabaseFact]
    public async Task Planned_2017_forum_in_Central_Denmark_Region_with_theme_and_expected_participants()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        Event plan = await db.Events.Include(e => e.Region).SingleAsync(e => e.Slug == "cwf-2017-central-denmark-plan");

        Assert.Equal(EventStatus.Planned, plan.Status);
        Assert.Equal(2017, plan.Year);
        Assert.Equal("Solutions", plan.Theme);
        Assert.Equal(3000, plan.InternationalParticipants);
        Assert.Equal(10000, plan.TotalParticipants);
        Assert.Equal("central-denmark-region", plan.Region!.Slug);

        // The sheet places the forum in the region (the Aarhus 2017 bid's vision) and names no host city.
        Assert.Null(plan.CityId);
    }

    [DatabaseFact]
    public async Task Danish_names_and_source_spellings_are_kept_as_alternative_names()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        var names = await db.AlternativeNames
            .Where(n => n.EntityType == EntityTypes.Region && n.Source!.Slug == Source)
            .Select(n => new { n.EntityKey, n.Name, n.Kind })
            .ToListAsync();

        Assert.Contains(new { EntityKey = "catalonia", Name = "Catalonien", Kind = NameKind.Translation }, names);
        Assert.Contains(new { EntityKey = "lombardy", Name = "Lombardiet", Kind = NameKind.Translation }, names);
        Assert.Contains(new { EntityKey = "flanders", Name = "Flanderen", Kind = NameKind.Translation }, names);
        Assert.Contains(new { EntityKey = "central-denmark-region", Name = "Region Midtjylland", Kind = NameKind.Local }, names);
        Assert.Contains(new { EntityKey = "qingdao", Name = "Quindao", Kind = NameKind.SourceSpelling }, names);
        Assert.Contains(new { EntityKey = "rhone-alpes", Name = "Rhône-Alps", Kind = NameKind.SourceSpelling }, names);
        Assert.Contains(new { EntityKey = "central-denmark-region", Name = "Regions Midtjylland", Kind = NameKind.SourceSpelling }, names);
    }

    [DatabaseFact]
    public async Task Four_motors_for_Europe_are_four_member_regions()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();

        List<string> regions = await db.Memberships.Where(m => m.Network.Slug == "four-motors-for-europe")
            .Select(m => m.Region.Slug).OrderBy(s => s).ToListAsync();

        Assert.Equal(["baden-wurttemberg", "catalonia", "lombardy", "rhone-alpes"], regions);
    }

    [DatabaseFact]
    public async Task Network_is_exclusive_with_a_stated_mission_and_the_forum_gathers_the_regions()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        Network network = await db.Networks.SingleAsync(n => n.Slug == "districts-of-creativity");

        // "eksklusivt" is exclusive, not invitation-only.
        Assert.StartsWith("Exclusive worldwide network", network.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("invitation", network.Description, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("stated mission", network.Description, StringComparison.Ordinal);
        Assert.Contains("heads of government, entrepreneurs and knowledge institutions", network.Description, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Regional_Development_states_its_mission_and_the_reverse_mission_discussed_instruments()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        Partner development = await db.Partners.SingleAsync(p => p.Slug == "central-denmark-regional-development");
        Event mission = await db.Events.SingleAsync(e => e.Slug == "reverse-mission-central-denmark-2012");

        Assert.Equal("Regional Udvikling", development.LocalName);
        Assert.Contains("growth, education, employment and nature", development.Description, StringComparison.Ordinal);
        Assert.Contains("policy instruments and their effects", mission.Description, StringComparison.Ordinal);
    }
}
