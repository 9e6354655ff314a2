using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.Research.Export;

/// <summary>
/// What the export of a subgraph of projects holds, by node type: the selected projects, their partners (and the
/// partners' places up to the country), their programmes, sectors, project places and events. Node types not named
/// here (people, networks, forums, and a new type until it is named) are in the export of the whole graph only.
/// </summary>
internal static class ProjectSubgraph
{
    /// <summary>The rows of each node type the subgraph of <paramref name="p"/> holds, as queries the database evaluates.</summary>
    public static IReadOnlyDictionary<string, IQueryable> Of(KnowledgeGraphDbContext db, IQueryable<Project> p)
    {
        IQueryable<Partner> partners = db.Partners.Where(x => db.Participations.Any(a => a.PartnerId == x.Id && p.Any(j => j.Id == a.ProjectId)));
        IQueryable<City> cities = db.Cities.Where(c => partners.Any(x => x.CityId == c.Id) || db.ProjectCities.Any(l => l.CityId == c.Id && p.Any(j => j.Id == l.ProjectId)));
        IQueryable<Region> regions = db.Regions.Where(r => partners.Any(x => x.RegionId == r.Id) || cities.Any(c => c.RegionId == r.Id) || db.ProjectRegions.Any(l => l.RegionId == r.Id && p.Any(j => j.Id == l.ProjectId)));
        return new Dictionary<string, IQueryable>(StringComparer.Ordinal)
        {
            [nameof(Country)] = db.Countries.Where(c => partners.Any(x => x.CountryId == c.Id) || cities.Any(x => x.CountryId == c.Id) || regions.Any(x => x.CountryId == c.Id)),
            [nameof(Region)] = regions,
            [nameof(City)] = cities,
            [nameof(Partner)] = partners,
            [nameof(Project)] = p,
            [nameof(Programme)] = db.Programmes.Where(x => p.Any(j => j.ProgrammeId == x.Id)),
            [nameof(Event)] = db.Events.Where(x => p.Any(j => j.Id == x.ProjectId)),
            [nameof(Sector)] = db.Sectors.Where(x => db.ProjectSectors.Any(l => l.SectorId == x.Id && p.Any(j => j.Id == l.ProjectId))),
        };
    }
}
