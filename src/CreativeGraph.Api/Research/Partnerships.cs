using CreativeGraph.Api.KnowledgeGraph.Fields;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.Research;

/// <summary>A partner that shares at least one project with another (<c>Partner.collaborators</c>).</summary>
internal sealed class Collaborator
{
    /// <summary>The partner whose collaborator this is (the parent of the list).</summary>
    public int PartnerId { get; set; }

    public int CollaboratorId { get; set; }

    public Partner Partner { get; set; } = null!;

    public int SharedProjectCount { get; set; }
}

/// <summary>A region whose partners share projects with the partners of another (<c>Region.partnerRegions</c>).</summary>
internal sealed class PartnerRegion
{
    public int FromRegionId { get; set; }

    public int PartnerRegionId { get; set; }

    public Region Region { get; set; } = null!;

    public int SharedProjectCount { get; set; }
}

/// <summary>A city whose partners share projects with the partners of another (<c>City.partnerCities</c>).</summary>
internal sealed class PartnerCity
{
    public int FromCityId { get; set; }

    public int PartnerCityId { get; set; }

    public City City { get; set; } = null!;

    public int SharedProjectCount { get; set; }
}

/// <summary>
/// The co-participation links as queries: pairs of partners (or of their places) in the same project, grouped per
/// pair. The data conventions add the parents' keys (<c>WHERE "PartnerId" IN (…)</c>, which SQLite and PostgreSQL
/// push into the grouped subquery) and the per-parent window, so one statement serves every parent of a level.
/// </summary>
internal static class Partnerships
{
    // SQL: SELECT a.PartnerId, b.PartnerId, COUNT(*) FROM Participations a JOIN Participations b ON a.ProjectId = b.ProjectId
    //      WHERE a.PartnerId <> b.PartnerId GROUP BY a.PartnerId, b.PartnerId, then JOIN Partners
    public static IQueryable<Collaborator> Collaborators(KnowledgeGraphDbContext db) =>
        from g in
            from a in db.Participations
            join b in db.Participations on a.ProjectId equals b.ProjectId
            where a.PartnerId != b.PartnerId
            group a by new { a.PartnerId, Other = b.PartnerId } into pair
            select new { pair.Key.PartnerId, pair.Key.Other, Count = pair.Count() }
        join p in db.Partners on g.Other equals p.Id
        select new Collaborator { PartnerId = g.PartnerId, CollaboratorId = g.Other, Partner = p, SharedProjectCount = g.Count };

    public static IQueryable<PartnerRegion> Regions(KnowledgeGraphDbContext db) =>
        from g in
            from a in db.Participations
            join la in LocatedPartner.ByRegion(db) on a.PartnerId equals la.Partner.Id
            join b in db.Participations on a.ProjectId equals b.ProjectId
            join lb in LocatedPartner.ByRegion(db) on b.PartnerId equals lb.Partner.Id
            where la.PlaceId != null && lb.PlaceId != null && la.PlaceId != lb.PlaceId
            group a.ProjectId by new { From = la.PlaceId!.Value, Other = lb.PlaceId!.Value } into pair
            select new { pair.Key.From, pair.Key.Other, Count = pair.Distinct().Count() }
        join r in db.Regions on g.Other equals r.Id
        select new PartnerRegion { FromRegionId = g.From, PartnerRegionId = g.Other, Region = r, SharedProjectCount = g.Count };

    public static IQueryable<PartnerCity> Cities(KnowledgeGraphDbContext db) =>
        from g in
            from a in db.Participations
            join pa in db.Partners on a.PartnerId equals pa.Id
            join b in db.Participations on a.ProjectId equals b.ProjectId
            join pb in db.Partners on b.PartnerId equals pb.Id
            where pa.CityId != null && pb.CityId != null && pa.CityId != pb.CityId
            group a.ProjectId by new { From = pa.CityId!.Value, Other = pb.CityId!.Value } into pair
            select new { pair.Key.From, pair.Key.Other, Count = pair.Distinct().Count() }
        join c in db.Cities on g.Other equals c.Id
        select new PartnerCity { FromCityId = g.From, PartnerCityId = g.Other, City = c, SharedProjectCount = g.Count };
}
