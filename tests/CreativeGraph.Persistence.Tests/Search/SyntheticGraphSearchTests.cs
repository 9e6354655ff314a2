using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Search;
using CreativeGraph.Persistence.Synthetic;
using CreativeGraph.Persistence.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Tests.Search;

/// <summary>The synthetic bulk writer fills the search table too, with the keys its rows got in the database.</summary>
public abstract class SyntheticGraphSearchTests<TFixture>(TFixture fixture)
    where TFixture : KnowledgeGraphFixture
{
    private static readonly SyntheticGraph s_graph = SyntheticGraph.Generate(new SyntheticGraphOptions
    {
        Seed = 5,
        Partners = 400,
        Projects = 40,
        Countries = 6,
        Programmes = 4,
        Networks = 2,
        Events = 30,
        People = 30,
        Sources = 3,
    });

    protected TFixture Fixture { get; } = fixture;

    [DatabaseFact]
    public async Task Every_generated_entity_is_searchable_in_an_empty_database()
    {
        await using TestDatabase database = await Fixture.CreateDatabaseAsync();
        await using KnowledgeGraphDbContext db = database.CreateContext();
        await db.Database.MigrateAsync();

        await SyntheticGraphWriter.WriteAsync(db, s_graph);

        Assert.Equal(s_graph.Partners.Count, await db.SearchNames.CountAsync(n => n.EntityType == EntityTypes.Partner && n.Ordinal == 0));
        Assert.Equal(s_graph.People.Count, await db.SearchNames.CountAsync(n => n.EntityType == EntityTypes.Person && n.Ordinal == 0));
        Assert.Equal(s_graph.Projects.Count, await db.SearchNames.CountAsync(n => n.EntityType == EntityTypes.Project && n.Ordinal == 0));
        await AssertFindsAsync(db, s_graph.Partners[^1]);
    }

    [DatabaseFact]
    public async Task Generated_entities_appended_to_the_seed_are_found_under_their_database_keys()
    {
        await using TestDatabase database = await Fixture.CreateSeededDatabaseAsync();
        await using KnowledgeGraphDbContext db = database.CreateContext();
        List<string> seeded = await RowsAsync(db);

        await SyntheticGraphWriter.WriteAsync(db, s_graph);

        List<string> after = await RowsAsync(db);
        Assert.Empty(seeded.Except(after));
        int[] generated = [.. await db.Partners.Where(p => p.Slug.StartsWith("s5-")).Select(p => p.Id).ToListAsync()];
        Assert.Equal(s_graph.Partners.Count, generated.Length);
        Assert.Equal(generated.Length, await db.SearchNames.CountAsync(n => n.EntityType == EntityTypes.Partner && n.Ordinal == 0 && generated.Contains(n.EntityId)));
        Assert.Contains(await KnowledgeGraphSearch.Find(db, "pecs").ToListAsync(), h => h.EntityType == EntityTypes.City && h.Match == SearchMatch.Exact);
        await AssertFindsAsync(db, s_graph.Partners[0]);
        await AssertFindsAsync(db, s_graph.Partners[^1]);
    }

    private static async Task<List<string>> RowsAsync(KnowledgeGraphDbContext db) =>
        [.. (await db.SearchNames.AsNoTracking().ToListAsync()).Select(n => $"{n.Id} {n.EntityType}/{n.EntityId}/{n.Ordinal}: {n.Name} | {n.NormalizedName}")];

    private static async Task AssertFindsAsync(KnowledgeGraphDbContext db, Partner generated)
    {
        int id = await db.Partners.Where(p => p.Slug == generated.Slug).Select(p => p.Id).SingleAsync();
        List<SearchHit> hits = await KnowledgeGraphSearch.Find(db, SearchNormalizer.Normalize(generated.Name), [EntityTypes.Partner]).ToListAsync();
        Assert.Contains(hits, h => h.EntityId == id && h.Match == SearchMatch.Exact && h.Name == generated.Name);
    }
}
