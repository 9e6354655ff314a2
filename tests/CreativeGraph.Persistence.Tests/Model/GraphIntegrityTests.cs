using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Tests.Model;

/// <summary>Graph-wide guarantees of the seeded data: natural keys, resolvable references, provenance.</summary>
public abstract class GraphIntegrityTests<TFixture>(TFixture fixture)
    where TFixture : KnowledgeGraphFixture
{
    protected TFixture Fixture { get; } = fixture;

    [DatabaseFact]
    public async Task Every_table_has_a_surrogate_key_and_a_unique_natural_key()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();

        foreach (Microsoft.EntityFrameworkCore.Metadata.IEntityType entityType in GraphTables(db))
        {
            Assert.Equal("Id", Assert.Single(entityType.FindPrimaryKey()!.Properties).Name);
            Assert.Equal(typeof(int), entityType.FindPrimaryKey()!.Properties[0].ClrType);
            Assert.True(entityType.GetIndexes().Any(i => i.IsUnique), $"{entityType.ClrType.Name} has no unique natural key.");
        }
    }

    [DatabaseFact]
    public async Task Every_entity_and_edge_cites_at_least_one_source()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        var citations = await db.FactSources.Select(f => new { f.EntityType, f.EntityKey }).ToListAsync();
        HashSet<(string, string)> cited = [.. citations.Select(f => (f.EntityType, f.EntityKey))];
        List<(string Type, string Key)> all = await GraphKeys.AllAsync(db);

        // Every table of the graph (bar the provenance and name tables and the derived search table) is covered.
        string[] expectedTypes = typeof(EntityTypes).GetFields().Select(f => (string)f.GetValue(null)!).Order().ToArray();
        Assert.Equal(expectedTypes, all.Select(k => k.Type).Distinct().Order().ToArray());
        Assert.Equal(GraphTables(db).Count() - 3, expectedTypes.Length);
        Assert.DoesNotContain(all, k => !cited.Contains(k));
    }

    [DatabaseFact]
    public async Task Every_citation_and_alternative_name_points_to_a_stored_entity()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        HashSet<(string Type, string Key)> keys = [.. await GraphKeys.AllAsync(db)];

        var citations = await db.FactSources.Select(f => new { f.EntityType, f.EntityKey }).ToListAsync();
        var names = await db.AlternativeNames.Select(f => new { f.EntityType, f.EntityKey }).ToListAsync();

        Assert.NotEmpty(citations);
        Assert.NotEmpty(names);
        Assert.All(citations, c => Assert.Contains((c.EntityType, c.EntityKey), keys));
        Assert.All(names, n => Assert.Contains((n.EntityType, n.EntityKey), keys));
    }

    [DatabaseFact]
    public async Task Every_optional_reference_of_a_seed_record_was_resolved()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();

        // Spot checks that the importer turned slugs into foreign keys rather than dropping them.
        Assert.Equal(0, await db.Cities.CountAsync(c => c.Slug == "antwerp" && c.RegionId == null));
        Assert.Equal(0, await db.Forums.CountAsync(f => f.HostRegionId == 0));
        Assert.Equal(4, await db.Projects.CountAsync(p => p.ProgrammeId != null || p.ParentProjectId != null));
        Assert.Equal(2, await db.Projects.CountAsync(p => p.ParentProject!.Slug == "european-creative-districts"));
    }

    [DatabaseFact]
    public async Task The_graph_holds_the_expected_number_of_records()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();

        Assert.Equal(5, await db.Sources.CountAsync());
        Assert.Equal(15, await db.Countries.CountAsync());
        Assert.Equal(19, await db.Regions.CountAsync());
        Assert.Equal(8, await db.Cities.CountAsync());
        Assert.Equal(14, await db.Sectors.CountAsync());
        Assert.Equal(17, await db.Partners.CountAsync());
        Assert.Equal(5, await db.People.CountAsync());
        Assert.Equal(3, await db.Programmes.CountAsync());
        Assert.Equal(5, await db.Projects.CountAsync());
        Assert.Equal(2, await db.Networks.CountAsync());
        Assert.Equal(18, await db.Memberships.CountAsync());
        Assert.Equal(10, await db.Forums.CountAsync());
        Assert.Equal(12, await db.Events.CountAsync());
    }

    [DatabaseFact]
    public async Task Email_is_marked_as_personal_data_in_the_model()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();

        Microsoft.EntityFrameworkCore.Metadata.IProperty email = db.Model.FindEntityType(typeof(Person))!.FindProperty(nameof(Person.Email))!;

        Assert.Equal(true, email.FindAnnotation(KnowledgeGraphAnnotations.PersonalData)?.Value);
        Assert.NotNull(typeof(Person).GetProperty(nameof(Person.Email))!.GetCustomAttributes(typeof(PersonalDataAttribute), false).SingleOrDefault());
    }

    // The tables of the knowledge graph: not the views over substring indexes, nor the persisted queries the API keeps.
    private static IEnumerable<Microsoft.EntityFrameworkCore.Metadata.IEntityType> GraphTables(KnowledgeGraphDbContext db) =>
        db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.ClrType != typeof(PersistedQuery));
}
