using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Search;
using CreativeGraph.Persistence.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Tests.Search;

/// <summary>The search query on the seeded graph: every name of every named entity, accent- and case-insensitive, ranked.</summary>
public abstract class KnowledgeGraphSearchTests<TFixture>(TFixture fixture)
    where TFixture : KnowledgeGraphFixture
{
    protected TFixture Fixture { get; } = fixture;

    [DatabaseFact]
    public async Task Pecs_finds_the_city_of_Pecs_by_its_accented_name_first()
    {
        IReadOnlyList<Hit> hits = await SearchAsync("Pecs");

        Assert.Equal(new Hit(EntityTypes.City, "pecs", "Pécs", SearchMatch.Exact), hits[0]);
        Assert.Contains(new Hit(EntityTypes.Partner, "city-of-pecs", "City of Pécs", SearchMatch.Contains), hits);
    }

    [DatabaseFact]
    public async Task Genova_finds_Genoa_by_its_Italian_name()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        SearchHit genoa = await KnowledgeGraphSearch.Find(db, "genova").SingleAsync(h => h.EntityType == EntityTypes.City);

        Assert.Equal(("Genova", "it", SearchNameKind.Local, SearchMatch.Exact), (genoa.Name, genoa.Language, genoa.Kind, genoa.Match));
        Assert.Equal("genoa", (await db.Cities.SingleAsync(c => c.Id == genoa.EntityId)).Slug);
    }

    [DatabaseFact]
    public async Task Flanderen_finds_Flanders_by_its_Danish_name()
    {
        IReadOnlyList<Hit> hits = await SearchAsync("FLANDEREN");

        Assert.Equal([new Hit(EntityTypes.Region, "flanders", "Flanderen", SearchMatch.Exact)], hits);
    }

    [DatabaseFact]
    public async Task Midtjylland_finds_Central_Denmark_Region_by_its_Danish_name()
    {
        IReadOnlyList<Hit> hits = await SearchAsync("Midtjylland");

        Assert.Contains(new Hit(EntityTypes.Region, "central-denmark-region", "Region Midtjylland", SearchMatch.Contains), hits);
        Assert.Contains(new Hit(EntityTypes.Partner, "central-denmark-regional-council", "Regionsrådet, Region Midtjylland", SearchMatch.Contains), hits);
    }

    [DatabaseFact]
    public async Task Exact_matches_rank_before_prefix_matches_before_contains_matches_then_by_name()
    {
        IReadOnlyList<Hit> hits = await SearchAsync("leipzig");

        Assert.Equal(new Hit(EntityTypes.City, "leipzig", "Leipzig", SearchMatch.Exact), hits[0]);
        Assert.Equal(new Hit(EntityTypes.Region, "leipzig-region", "Leipzig Region", SearchMatch.Prefix), hits[1]);
        Assert.Equal(hits.OrderBy(h => h.Match).ToList(), hits);
        Assert.Contains(new Hit(EntityTypes.Partner, "city-of-leipzig", "City of Leipzig", SearchMatch.Contains), hits);
        Assert.Contains(new Hit(EntityTypes.Partner, "aufbauwerk-region-leipzig", "Aufbauwerk Region Leipzig GmbH", SearchMatch.Contains), hits);
    }

    [DatabaseFact]
    public async Task Each_entity_is_found_once_with_its_best_matching_name()
    {
        // Genoa matches as "Genoa" (its name) and "Genova" (its Italian name); Pécs as "Pécs" and its variant "Pecs".
        IReadOnlyList<Hit> geno = await SearchAsync("geno");
        IReadOnlyList<Hit> pecs = await SearchAsync("pécs");

        Assert.Equal(new Hit(EntityTypes.City, "genoa", "Genoa", SearchMatch.Prefix), Assert.Single(geno, h => h.Type == EntityTypes.City));
        Assert.Equal(geno.Count, geno.Distinct().Count());
        Assert.Equal("Pécs", Assert.Single(pecs, h => h.Type == EntityTypes.City).Name);
        Assert.Equal("City of Pécs", Assert.Single(pecs, h => h.Type == EntityTypes.Partner).Name);
    }

    [DatabaseFact]
    public async Task Local_names_match_accent_insensitively_in_Danish_Slovenian_and_Hungarian()
    {
        Assert.Contains(new Hit(EntityTypes.City, "aarhus", "Århus", SearchMatch.Exact), await SearchAsync("arhus"));
        Assert.Contains(new Hit(EntityTypes.Network, "four-motors-for-europe", "fire vækstmotorer i Europa", SearchMatch.Contains), await SearchAsync("vaekstmotorer"));
        Assert.Contains(new Hit(EntityTypes.Partner, "institute-for-economic-research", "Inštitut za ekonomska raziskovanja", SearchMatch.Prefix), await SearchAsync("institut za"));
        Assert.Equal([new Hit(EntityTypes.Country, "HU", "Magyarország", SearchMatch.Exact)], await SearchAsync("MAGYARORSZAG"));
    }

    [DatabaseFact]
    public async Task Acronyms_codes_titles_and_file_names_are_names_too()
    {
        Assert.Contains(new Hit(EntityTypes.Country, "DK", "DK", SearchMatch.Exact), await SearchAsync("dk"));
        Assert.Contains(new Hit(EntityTypes.Source, "districts-of-creativity-factsheet", "002_2fc5350b57de88cf.txt", SearchMatch.Exact), await SearchAsync("002_2fc5350b57de88cf.txt"));
        Assert.Contains(await SearchAsync("urban creative poles"), h => h.Type == EntityTypes.Project && h.Key == "urban-creative-poles");
    }

    [DatabaseFact]
    public async Task The_types_filter_keeps_only_the_given_entity_types()
    {
        IReadOnlyList<Hit> all = await SearchAsync("leipzig");
        IReadOnlyList<Hit> places = await SearchAsync("leipzig", [EntityTypes.City, EntityTypes.Region]);

        Assert.Equal(all.Where(h => h.Type is EntityTypes.City or EntityTypes.Region).ToList(), places);
        Assert.Empty(await SearchAsync("leipzig", []));
    }

    [DatabaseFact]
    public async Task People_are_found_by_name_but_never_by_their_email_address()
    {
        Assert.Contains(await SearchAsync("niewiarowska"), h => h.Type == EntityTypes.Person);
        Assert.Empty(await SearchAsync(SearchNormalizer.Normalize("creativecities@comune.genova.it")));
    }

    [DatabaseFact]
    public async Task Underscore_and_percent_in_a_term_match_only_themselves()
    {
        // Were they LIKE wildcards, "p_cs" would match "pecs" and "p%s" would match "pecs".
        Assert.Empty(await SearchAsync(SearchNormalizer.Normalize("P_cs")));
        Assert.Empty(await SearchAsync(SearchNormalizer.Normalize("P%s")));
    }

    [DatabaseFact]
    public async Task Every_named_entity_has_its_primary_name_indexed()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        var primaries = await db.SearchNames.Where(n => n.Ordinal == 0)
            .GroupBy(n => n.EntityType).Select(g => new { Type = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Type, g => g.Count);

        Assert.Equal(await db.Regions.CountAsync(), primaries[EntityTypes.Region]);
        Assert.Equal(await db.Partners.CountAsync(), primaries[EntityTypes.Partner]);
        Assert.Equal(await db.People.CountAsync(), primaries[EntityTypes.Person]);
        Assert.Equal(await db.Sources.CountAsync(), primaries[EntityTypes.Source]);
        Assert.Equal(KnowledgeGraphSearch.SearchableTypes.Order(StringComparer.Ordinal), primaries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, await db.SearchNames.CountAsync(n => n.Ordinal == 0 && n.Kind != SearchNameKind.Name));
    }

    /// <summary>Runs a search and returns its hits in the API's order, each with the natural key of its entity.</summary>
    protected async Task<IReadOnlyList<Hit>> SearchAsync(string term, IReadOnlyCollection<string>? types = null)
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        string normalized = SearchNormalizer.Normalize(term);
        if (normalized.Length == 0)
        {
            return [];
        }

        List<SearchHit> hits = await KnowledgeGraphSearch.Find(db, normalized, types)
            .OrderBy(h => h.Match).ThenBy(h => h.NormalizedName).ThenBy(h => h.EntityType).ThenBy(h => h.EntityId)
            .ToListAsync();
        var keys = new Dictionary<(string, int), string>();
        foreach (SearchHit hit in hits)
        {
            keys[(hit.EntityType, hit.EntityId)] = await KeyAsync(db, hit.EntityType, hit.EntityId);
        }

        return [.. hits.Select(h => new Hit(h.EntityType, keys[(h.EntityType, h.EntityId)], h.Name, h.Match))];
    }

    private static Task<string> KeyAsync(KnowledgeGraphDbContext db, string type, int id) => type switch
    {
        EntityTypes.Country => db.Countries.Where(e => e.Id == id).Select(e => e.Code).SingleAsync(),
        EntityTypes.Region => db.Regions.Where(e => e.Id == id).Select(e => e.Slug).SingleAsync(),
        EntityTypes.City => db.Cities.Where(e => e.Id == id).Select(e => e.Slug).SingleAsync(),
        EntityTypes.Partner => db.Partners.Where(e => e.Id == id).Select(e => e.Slug).SingleAsync(),
        EntityTypes.Person => db.People.Where(e => e.Id == id).Select(e => e.Slug).SingleAsync(),
        EntityTypes.Project => db.Projects.Where(e => e.Id == id).Select(e => e.Slug).SingleAsync(),
        EntityTypes.Programme => db.Programmes.Where(e => e.Id == id).Select(e => e.Slug).SingleAsync(),
        EntityTypes.Network => db.Networks.Where(e => e.Id == id).Select(e => e.Slug).SingleAsync(),
        EntityTypes.Forum => db.Forums.Where(e => e.Id == id).Select(e => e.Slug).SingleAsync(),
        EntityTypes.Event => db.Events.Where(e => e.Id == id).Select(e => e.Slug).SingleAsync(),
        EntityTypes.Sector => db.Sectors.Where(e => e.Id == id).Select(e => e.Slug).SingleAsync(),
        EntityTypes.Source => db.Sources.Where(e => e.Id == id).Select(e => e.Slug).SingleAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a searchable type."),
    };

    /// <summary>A search hit by natural key, for readable assertions.</summary>
    protected sealed record Hit(string Type, string Key, string Name, SearchMatch Match);
}
