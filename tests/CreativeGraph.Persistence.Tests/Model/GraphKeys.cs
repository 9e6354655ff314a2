using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Tests.Model;

/// <summary>The (entity type, natural key) of every stored entity and edge, built the way the importer cites them.</summary>
internal static class GraphKeys
{
    public static async Task<List<(string Type, string Key)>> AllAsync(KnowledgeGraphDbContext db)
    {
        var keys = new List<(string, string)>();
        keys.AddRange((await db.Sources.Select(e => e.Slug).ToListAsync()).Select(k => (EntityTypes.Source, k)));
        keys.AddRange((await db.Countries.Select(e => e.Code).ToListAsync()).Select(k => (EntityTypes.Country, k)));
        keys.AddRange((await db.Regions.Select(e => e.Slug).ToListAsync()).Select(k => (EntityTypes.Region, k)));
        keys.AddRange((await db.Cities.Select(e => e.Slug).ToListAsync()).Select(k => (EntityTypes.City, k)));
        keys.AddRange((await db.Sectors.Select(e => e.Slug).ToListAsync()).Select(k => (EntityTypes.Sector, k)));
        keys.AddRange((await db.Partners.Select(e => e.Slug).ToListAsync()).Select(k => (EntityTypes.Partner, k)));
        keys.AddRange((await db.People.Select(e => e.Slug).ToListAsync()).Select(k => (EntityTypes.Person, k)));
        keys.AddRange((await db.Programmes.Select(e => e.Slug).ToListAsync()).Select(k => (EntityTypes.Programme, k)));
        keys.AddRange((await db.Projects.Select(e => e.Slug).ToListAsync()).Select(k => (EntityTypes.Project, k)));
        keys.AddRange((await db.Networks.Select(e => e.Slug).ToListAsync()).Select(k => (EntityTypes.Network, k)));
        keys.AddRange((await db.Forums.Select(e => e.Slug).ToListAsync()).Select(k => (EntityTypes.Forum, k)));
        keys.AddRange((await db.Events.Select(e => e.Slug).ToListAsync()).Select(k => (EntityTypes.Event, k)));
        keys.AddRange((await db.ProjectObjectives.Select(e => new { e.Project.Slug, e.Ordinal }).ToListAsync())
            .Select(e => (EntityTypes.ProjectObjective, EntityKeys.Compose(e.Slug, e.Ordinal))));
        keys.AddRange((await db.ProjectResults.Select(e => new { e.Project.Slug, e.Ordinal }).ToListAsync())
            .Select(e => (EntityTypes.ProjectResult, EntityKeys.Compose(e.Slug, e.Ordinal))));
        keys.AddRange((await db.Participations.Select(e => new { A = e.Project.Slug, B = e.Partner.Slug }).ToListAsync())
            .Select(e => (EntityTypes.Participation, EntityKeys.Compose(e.A, e.B))));
        keys.AddRange((await db.ProjectCities.Select(e => new { A = e.Project.Slug, B = e.City.Slug }).ToListAsync())
            .Select(e => (EntityTypes.ProjectCity, EntityKeys.Compose(e.A, e.B))));
        keys.AddRange((await db.ProjectRegions.Select(e => new { A = e.Project.Slug, B = e.Region.Slug }).ToListAsync())
            .Select(e => (EntityTypes.ProjectRegion, EntityKeys.Compose(e.A, e.B))));
        keys.AddRange((await db.ProjectSectors.Select(e => new { A = e.Project.Slug, B = e.Sector.Slug }).ToListAsync())
            .Select(e => (EntityTypes.ProjectSector, EntityKeys.Compose(e.A, e.B))));
        keys.AddRange((await db.Memberships.Select(e => new { A = e.Network.Slug, B = e.Region.Slug }).ToListAsync())
            .Select(e => (EntityTypes.Membership, EntityKeys.Compose(e.A, e.B))));
        keys.AddRange((await db.MembershipRepresentatives.Select(e => new { A = e.Membership.Network.Slug, B = e.Membership.Region.Slug, C = e.Person.Slug }).ToListAsync())
            .Select(e => (EntityTypes.MembershipRepresentative, EntityKeys.Compose(EntityKeys.Compose(e.A, e.B), e.C))));
        keys.AddRange((await db.MembershipPriorities.Select(e => new { A = e.Membership.Network.Slug, B = e.Membership.Region.Slug, e.Ordinal }).ToListAsync())
            .Select(e => (EntityTypes.MembershipPriority, EntityKeys.Compose(EntityKeys.Compose(e.A, e.B), e.Ordinal))));
        return keys;
    }
}
