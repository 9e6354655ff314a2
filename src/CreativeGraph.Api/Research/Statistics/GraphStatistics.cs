using CreativeGraph.Api.KnowledgeGraph.Fields;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Research.Statistics;

/// <summary>A count of one value of a dimension (a country, a year, a role …).</summary>
internal sealed record Count<T>(T Value, int Number);

/// <summary>
/// Figures over the projects a <c>where: ProjectFilterInput</c> selects, each computed by the database in one
/// <c>GROUP BY</c> statement when its field is selected. Partners are those taking part in the selected projects.
/// </summary>
internal sealed class GraphStatistics(IDbContextFactory<KnowledgeGraphDbContext> contexts, Func<KnowledgeGraphDbContext, IQueryable<Project>> projects)
{
    public Task<int> ProjectCountAsync(CancellationToken ct) => Run((db, p) => p.CountAsync(ct));

    public Task<int> PartnerCountAsync(CancellationToken ct) => Run((db, p) => Participations(db, p).Select(x => x.PartnerId).Distinct().CountAsync(ct));

    public Task<int> ParticipationCountAsync(CancellationToken ct) => Run((db, p) => Participations(db, p).CountAsync(ct));

    /// <summary>Distinct partners of the selected projects per country of the partner.</summary>
    public Task<List<Count<Country>>> PartnersByCountryAsync(int first, CancellationToken ct) => Run((db, p) =>
        (from g in Participations(db, p).Where(x => x.Partner.CountryId != null).GroupBy(x => x.Partner.CountryId!.Value)
             .Select(g => new { g.Key, Number = g.Select(x => x.PartnerId).Distinct().Count() })
         join c in db.Countries on g.Key equals c.Id
         orderby g.Number descending, c.Name
         select new Count<Country>(c, g.Number)).Take(first).ToListAsync(ct));

    /// <summary>Selected projects per region of their partners (own region, else their city's).</summary>
    public Task<List<Count<Region>>> ProjectsByRegionAsync(int first, CancellationToken ct) => ByRegionAsync(first, partners: false, ct);

    /// <summary>Degree of regions: distinct partners of the selected projects located in each region.</summary>
    public Task<List<Count<Region>>> RegionsByPartnerCountAsync(int first, CancellationToken ct) => ByRegionAsync(first, partners: true, ct);

    public Task<List<Count<Programme>>> ProjectsByProgrammeAsync(int first, CancellationToken ct) => Run((db, p) =>
        (from g in p.Where(x => x.ProgrammeId != null).GroupBy(x => x.ProgrammeId!.Value).Select(g => new { g.Key, Number = g.Count() })
         join r in db.Programmes on g.Key equals r.Id
         orderby g.Number descending, r.Name
         select new Count<Programme>(r, g.Number)).Take(first).ToListAsync(ct));

    public Task<List<Count<Sector>>> ProjectsBySectorAsync(int first, CancellationToken ct) => Run((db, p) =>
        (from g in db.ProjectSectors.Where(s => p.Any(x => x.Id == s.ProjectId)).GroupBy(s => s.SectorId).Select(g => new { g.Key, Number = g.Count() })
         join r in db.Sectors on g.Key equals r.Id
         orderby g.Number descending, r.Name
         select new Count<Sector>(r, g.Number)).Take(first).ToListAsync(ct));

    /// <summary>Selected projects per year of their start, oldest first (projects without a start date are left out).</summary>
    public Task<List<Count<int>>> ProjectsByStartYearAsync(CancellationToken ct) => Run((db, p) =>
        p.Where(x => x.StartDate != null).GroupBy(x => x.StartDate!.Value.Year)
            .OrderBy(g => g.Key).Select(g => new Count<int>(g.Key, g.Count())).ToListAsync(ct));

    public Task<List<Count<ParticipationRole>>> ParticipationsByRoleAsync(CancellationToken ct) => Run((db, p) =>
        Participations(db, p).GroupBy(x => x.Role).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => new Count<ParticipationRole>(g.Key, g.Count())).ToListAsync(ct));

    /// <summary>Degree of partners: in how many of the selected projects each takes part, most first.</summary>
    public Task<List<Count<Partner>>> MostConnectedPartnersAsync(int first, CancellationToken ct) => Run((db, p) =>
        (from g in Participations(db, p).GroupBy(x => x.PartnerId).Select(g => new { g.Key, Number = g.Count() })
         join r in db.Partners on g.Key equals r.Id
         orderby g.Number descending, r.Name
         select new Count<Partner>(r, g.Number)).Take(first).ToListAsync(ct));

    /// <summary>Degree of projects: the selected projects by number of partners, largest consortia first.</summary>
    public Task<List<Count<Project>>> ProjectsByPartnerCountAsync(int first, CancellationToken ct) => Run((db, p) =>
        (from g in Participations(db, p).GroupBy(x => x.ProjectId).Select(g => new { g.Key, Number = g.Count() })
         join r in db.Projects on g.Key equals r.Id
         orderby g.Number descending, r.Acronym
         select new Count<Project>(r, g.Number)).Take(first).ToListAsync(ct));

    /// <summary>Distinct projects (or partners) per region the partners are located in.</summary>
    private Task<List<Count<Region>>> ByRegionAsync(int first, bool partners, CancellationToken ct) => Run((db, p) =>
        (from g in (from x in Participations(db, p)
                    join l in LocatedPartner.ByRegion(db) on x.PartnerId equals l.Partner.Id
                    where l.PlaceId != null
                    select new { Region = l.PlaceId!.Value, Counted = partners ? x.PartnerId : x.ProjectId }).GroupBy(x => x.Region)
             .Select(g => new { g.Key, Number = g.Select(x => x.Counted).Distinct().Count() })
         join r in db.Regions on g.Key equals r.Id
         orderby g.Number descending, r.Name
         select new Count<Region>(r, g.Number)).Take(first).ToListAsync(ct));

    private static IQueryable<Participation> Participations(KnowledgeGraphDbContext db, IQueryable<Project> projects) =>
        db.Participations.Where(x => projects.Any(p => p.Id == x.ProjectId));

    private async Task<T> Run<T>(Func<KnowledgeGraphDbContext, IQueryable<Project>, Task<T>> query)
    {
        KnowledgeGraphDbContext db = await contexts.CreateDbContextAsync().ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await query(db, projects(db).AsNoTracking()).ConfigureAwait(false);
        }
    }
}
