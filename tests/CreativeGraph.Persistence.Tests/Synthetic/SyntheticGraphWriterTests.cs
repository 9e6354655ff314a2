using System.Data.Common;
using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Synthetic;
using CreativeGraph.Persistence.Tests.Fixtures;
using CreativeGraph.Persistence.Tests.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Tests.Synthetic;

/// <summary>Bulk writing of a synthetic graph, per provider: every row arrives as EF would write it, all or nothing.</summary>
public abstract class SyntheticGraphWriterTests<TFixture>(TFixture fixture)
    where TFixture : KnowledgeGraphFixture
{
    private static readonly SyntheticGraph s_graph = SyntheticGraph.Generate(new SyntheticGraphOptions
    {
        Seed = 3,
        Partners = 1_500,
        Projects = 200,
        Countries = 20,
        Programmes = 8,
        Networks = 3,
        Events = 100,
        People = 100,
        Sources = 5,
    });

    [DatabaseFact]
    public async Task Every_row_reaches_an_empty_database_with_its_values()
    {
        await using TestDatabase database = await fixture.CreateDatabaseAsync();
        await using (KnowledgeGraphDbContext setup = database.CreateContext())
        {
            await setup.Database.MigrateAsync();
            Assert.True(await SyntheticGraphWriter.IsEmptyAsync(setup));
            Assert.Equal(s_graph.RowCount, await SyntheticGraphWriter.WriteAsync(setup, s_graph));
        }

        await using KnowledgeGraphDbContext db = database.CreateContext();
        Assert.False(await SyntheticGraphWriter.IsEmptyAsync(db));
        Assert.Equal(s_graph.Partners.Count, await db.Partners.CountAsync());
        Assert.Equal(s_graph.Participations.Count, await db.Participations.CountAsync());
        Assert.Equal(s_graph.FactSources.Count, await db.FactSources.CountAsync());
        Assert.Equal(s_graph.Memberships.Count, await db.Memberships.CountAsync());

        // Values round-trip through the model's converters: enums as text, dates, decimals, nullable keys.
        Partner expectedPartner = s_graph.Partners[^1];
        Partner partner = await db.Partners.AsNoTracking().SingleAsync(p => p.Slug == expectedPartner.Slug);
        Assert.Equal((expectedPartner.Id, expectedPartner.Name, expectedPartner.Kind, expectedPartner.CityId, expectedPartner.RegionId, expectedPartner.CountryId),
            (partner.Id, partner.Name, partner.Kind, partner.CityId, partner.RegionId, partner.CountryId));
        Project expectedProject = s_graph.Projects[17];
        Project project = await db.Projects.AsNoTracking().SingleAsync(p => p.Slug == expectedProject.Slug);
        Assert.Equal((expectedProject.StartDate, expectedProject.EndDate, expectedProject.Status, expectedProject.Budget, expectedProject.EuCofinancingRate),
            (project.StartDate, project.EndDate, project.Status, project.Budget, project.EuCofinancingRate));
        Assert.Equal(
            s_graph.Participations.Count(p => p.Role == ParticipationRole.LeadPartner),
            await db.Participations.CountAsync(p => p.Role == ParticipationRole.LeadPartner));
        Assert.Equal(s_graph.Projects.Count, await db.Participations.CountAsync(p => p.Role == ParticipationRole.LeadPartner));
    }

    [DatabaseFact]
    public async Task Writing_beside_the_seed_keeps_it_reuses_its_countries_and_keeps_provenance_whole()
    {
        await using TestDatabase database = await fixture.CreateSeededDatabaseAsync();
        int seedPartners;
        await using (KnowledgeGraphDbContext setup = database.CreateContext())
        {
            seedPartners = await setup.Partners.CountAsync();
            await SyntheticGraphWriter.WriteAsync(setup, s_graph);
        }

        await using KnowledgeGraphDbContext db = database.CreateContext();
        Assert.Equal(seedPartners + s_graph.Partners.Count, await db.Partners.CountAsync());
        Assert.Equal(await db.Countries.Select(c => c.Code).Distinct().CountAsync(), await db.Countries.CountAsync());
        Assert.True(await db.Partners.AnyAsync(p => p.Slug == "city-of-pecs" && p.Country!.Code == "HU"));

        // The synthetic Hungarian partners share the seed's Hungary.
        int hungary = await db.Countries.Where(c => c.Code == "HU").Select(c => c.Id).SingleAsync();
        Assert.True(await db.Partners.CountAsync(p => p.CountryId == hungary) > 1);

        HashSet<(string Type, string Key)> keys = [.. await GraphKeys.AllAsync(db)];
        HashSet<(string, string)> cited = [.. (await db.FactSources.Select(f => new { f.EntityType, f.EntityKey }).ToListAsync()).Select(f => (f.EntityType, f.EntityKey))];
        Assert.DoesNotContain(keys, k => !cited.Contains(k));
        Assert.DoesNotContain(cited, c => !keys.Contains(c));

        // Keys continue after the written ones: the next ordinary insert works.
        db.Sources.Add(new Source { Slug = "after-synthetic", FileName = "after.txt", Title = "After", Language = "en" });
        await db.SaveChangesAsync();
        Assert.True(await db.Sources.MaxAsync(s => s.Id) > s_graph.Sources.Count);
    }

    [DatabaseFact]
    public async Task Writing_the_same_graph_twice_fails_and_leaves_the_database_unchanged()
    {
        await using TestDatabase database = await fixture.CreateDatabaseAsync();
        await using (KnowledgeGraphDbContext setup = database.CreateContext())
        {
            await setup.Database.MigrateAsync();
            await SyntheticGraphWriter.WriteAsync(setup, s_graph);
        }

        string before = await database.FingerprintAsync();
        await using (KnowledgeGraphDbContext again = database.CreateContext())
        {
            await Assert.ThrowsAnyAsync<DbException>(() => SyntheticGraphWriter.WriteAsync(again, s_graph));
        }

        Assert.Equal(before, await database.FingerprintAsync());
    }
}
