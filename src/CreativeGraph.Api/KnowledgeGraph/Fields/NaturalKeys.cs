using CreativeGraph.Persistence;

namespace CreativeGraph.Api.KnowledgeGraph.Fields;

/// <summary>
/// The natural key each entity and edge has in provenance and alternative-name rows (see <c>EntityKeys</c> in the
/// persistence model: edges join their ends' keys with '/'), next to its surrogate key.
/// </summary>
internal static class NaturalKeys
{
    public static IQueryable<EntityKeyRow> Sources(KnowledgeGraphDbContext db) => db.Sources.Select(e => new EntityKeyRow { Id = e.Id, Key = e.Slug });

    public static IQueryable<EntityKeyRow> Countries(KnowledgeGraphDbContext db) => db.Countries.Select(e => new EntityKeyRow { Id = e.Id, Key = e.Code });

    public static IQueryable<EntityKeyRow> Regions(KnowledgeGraphDbContext db) => db.Regions.Select(e => new EntityKeyRow { Id = e.Id, Key = e.Slug });

    public static IQueryable<EntityKeyRow> Cities(KnowledgeGraphDbContext db) => db.Cities.Select(e => new EntityKeyRow { Id = e.Id, Key = e.Slug });

    public static IQueryable<EntityKeyRow> Partners(KnowledgeGraphDbContext db) => db.Partners.Select(e => new EntityKeyRow { Id = e.Id, Key = e.Slug });

    public static IQueryable<EntityKeyRow> People(KnowledgeGraphDbContext db) => db.People.Select(e => new EntityKeyRow { Id = e.Id, Key = e.Slug });

    public static IQueryable<EntityKeyRow> Programmes(KnowledgeGraphDbContext db) => db.Programmes.Select(e => new EntityKeyRow { Id = e.Id, Key = e.Slug });

    public static IQueryable<EntityKeyRow> Projects(KnowledgeGraphDbContext db) => db.Projects.Select(e => new EntityKeyRow { Id = e.Id, Key = e.Slug });

    public static IQueryable<EntityKeyRow> Sectors(KnowledgeGraphDbContext db) => db.Sectors.Select(e => new EntityKeyRow { Id = e.Id, Key = e.Slug });

    public static IQueryable<EntityKeyRow> Networks(KnowledgeGraphDbContext db) => db.Networks.Select(e => new EntityKeyRow { Id = e.Id, Key = e.Slug });

    public static IQueryable<EntityKeyRow> Forums(KnowledgeGraphDbContext db) => db.Forums.Select(e => new EntityKeyRow { Id = e.Id, Key = e.Slug });

    public static IQueryable<EntityKeyRow> Events(KnowledgeGraphDbContext db) => db.Events.Select(e => new EntityKeyRow { Id = e.Id, Key = e.Slug });

    public static IQueryable<EntityKeyRow> Participations(KnowledgeGraphDbContext db) =>
        db.Participations.Select(e => new EntityKeyRow { Id = e.Id, Key = e.Project.Slug + "/" + e.Partner.Slug });

    public static IQueryable<EntityKeyRow> Memberships(KnowledgeGraphDbContext db) =>
        db.Memberships.Select(e => new EntityKeyRow { Id = e.Id, Key = e.Network.Slug + "/" + e.Region.Slug });

    public static IQueryable<EntityKeyRow> MembershipRepresentatives(KnowledgeGraphDbContext db) =>
        db.MembershipRepresentatives.Select(e => new EntityKeyRow { Id = e.Id, Key = e.Membership.Network.Slug + "/" + e.Membership.Region.Slug + "/" + e.Person.Slug });
}
