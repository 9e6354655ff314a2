using CreativeGraph.Api.KnowledgeGraph.Fields;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.Research.Partnerships;

/// <summary>A partner that shares at least one project with another (<c>Partner.collaborators</c>).</summary>
internal sealed class Collaborator
{
    /// <summary>The partner whose collaborator this is (the parent of the list).</summary>
    public int PartnerId { get; set; }

    public int CollaboratorId { get; set; }

    public Partner Partner { get; set; } = null!;

    public int SharedProjectCount { get; set; }

    /// <summary>The first day of the period the list was asked for (<see cref="Period.From"/>), for <c>sharedProjects</c>.</summary>
    public int PeriodFrom { get; set; } = int.MinValue;

    /// <summary>The last day of that period (<see cref="Period.To"/>).</summary>
    public int PeriodTo { get; set; } = int.MaxValue;

    public Period Period => new(PeriodFrom, PeriodTo);
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
/// pair, counting only the projects active in a period (<see cref="ActivePeriods.ProjectIn"/>). The data conventions add the parents' keys (<c>WHERE "PartnerId" IN (…)</c>, which SQLite and PostgreSQL
/// push into the grouped subquery) and the per-parent window, so one statement serves every parent of a level.
/// </summary>
internal static class Partnerships
{
    // SQL: SELECT a.PartnerId, b.PartnerId, COUNT(*) FROM Participations a JOIN Participations b ON a.ProjectId = b.ProjectId
    //      WHERE a.PartnerId <> b.PartnerId [AND EXISTS (a's project active in the period)]
    //      GROUP BY a.PartnerId, b.PartnerId, then JOIN Partners
    public static IQueryable<Collaborator> Collaborators(KnowledgeGraphDbContext db, Period period)
    {
        IQueryable<Collaborator> pairs =
            from g in
                from a in ActiveParticipations(db, period)
                join b in db.Participations on a.ProjectId equals b.ProjectId
                where a.PartnerId != b.PartnerId
                group a by new { a.PartnerId, Other = b.PartnerId } into pair
                select new { pair.Key.PartnerId, pair.Key.Other, Count = pair.Count() }
            join p in db.Partners on g.Other equals p.Id
            select new Collaborator { PartnerId = g.PartnerId, CollaboratorId = g.Other, Partner = p, SharedProjectCount = g.Count };
        if (period.IsAll)
        {
            return pairs;
        }

        // Each row carries the period (set as it is read) so that sharedProjects lists the same projects.
        (int from, int to) = (period.From, period.To);
        return pairs.Select(c => new Collaborator { PartnerId = c.PartnerId, CollaboratorId = c.CollaboratorId, Partner = c.Partner, SharedProjectCount = c.SharedProjectCount, PeriodFrom = from, PeriodTo = to });
    }

    /// <summary>The participations in projects active in <paramref name="period"/> (all of them, with no extra SQL, for <see cref="Period.All"/>).</summary>
    public static IQueryable<Participation> ActiveParticipations(KnowledgeGraphDbContext db, Period period) => period.IsAll
        ? db.Participations
        : Active(db.Participations, db.Projects.Where(ActivePeriods.ProjectIn(period)));

    private static IQueryable<Participation> Active(IQueryable<Participation> participations, IQueryable<Project> projects) =>
        participations.Where(x => projects.Any(p => p.Id == x.ProjectId));

    public static IQueryable<PartnerRegion> Regions(KnowledgeGraphDbContext db, Period period) =>
        from g in
            from a in ActiveParticipations(db, period)
            join la in LocatedPartner.ByRegion(db) on a.PartnerId equals la.Partner.Id
            join b in db.Participations on a.ProjectId equals b.ProjectId
            join lb in LocatedPartner.ByRegion(db) on b.PartnerId equals lb.Partner.Id
            where la.PlaceId != null && lb.PlaceId != null && la.PlaceId != lb.PlaceId
            group a.ProjectId by new { From = la.PlaceId!.Value, Other = lb.PlaceId!.Value } into pair
            select new { pair.Key.From, pair.Key.Other, Count = pair.Distinct().Count() }
        join r in db.Regions on g.Other equals r.Id
        select new PartnerRegion { FromRegionId = g.From, PartnerRegionId = g.Other, Region = r, SharedProjectCount = g.Count };

    public static IQueryable<PartnerCity> Cities(KnowledgeGraphDbContext db, Period period) =>
        from g in
            from a in ActiveParticipations(db, period)
            join pa in db.Partners on a.PartnerId equals pa.Id
            join b in db.Participations on a.ProjectId equals b.ProjectId
            join pb in db.Partners on b.PartnerId equals pb.Id
            where pa.CityId != null && pb.CityId != null && pa.CityId != pb.CityId
            group a.ProjectId by new { From = pa.CityId!.Value, Other = pb.CityId!.Value } into pair
            select new { pair.Key.From, pair.Key.Other, Count = pair.Distinct().Count() }
        join c in db.Cities on g.Other equals c.Id
        select new PartnerCity { FromCityId = g.From, PartnerCityId = g.Other, City = c, SharedProjectCount = g.Count };
}
