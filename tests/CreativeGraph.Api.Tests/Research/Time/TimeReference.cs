using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Synthetic;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Tests.Research.Time;

/// <summary>What a timeline asks for, as entity keys: the years (null: from the data), programme, country, network, region or ego partner.</summary>
internal sealed record TimelineQuery(int? FromYear = null, int? ToYear = null, int? Programme = null, int? Country = null, int? Network = null, int? Region = null, int? Partner = null);

/// <summary>One year of the reference timeline.</summary>
internal sealed record ReferenceYear(int Year, int Partners, int Edges, int Projects, int[] New, int[] Leaving);

/// <summary>
/// The README's definitions written down again over the raw rows (projects with their dates, participations,
/// partners and their places, memberships), in plain LINQ without the API's period, index or SQL: a fact is outside a
/// period only when its known dates put it there.
/// </summary>
internal sealed class TimeReference(
    IReadOnlyList<Project> projects, IReadOnlyList<Participation> participations, IReadOnlyList<Partner> partners,
    IReadOnlyList<City> cities, IReadOnlyList<Region> regions, IReadOnlyList<Membership> memberships)
{
    private readonly Dictionary<int, City> _cities = cities.ToDictionary(c => c.Id);
    private readonly Dictionary<int, Region> _regions = regions.ToDictionary(r => r.Id);
    private readonly Dictionary<int, Partner> _partners = partners.ToDictionary(p => p.Id);
    private readonly ILookup<int, int> _teams = participations.ToLookup(x => x.ProjectId, x => x.PartnerId);

    public static TimeReference Of(SyntheticGraph g) => new(g.Projects, g.Participations, g.Partners, g.Cities, g.Regions, g.Memberships);

    public static async Task<TimeReference> ReadAsync(KnowledgeGraphDbContext db) => new(
        await db.Projects.AsNoTracking().ToListAsync(),
        await db.Participations.AsNoTracking().ToListAsync(),
        await db.Partners.AsNoTracking().ToListAsync(),
        await db.Cities.AsNoTracking().ToListAsync(),
        await db.Regions.AsNoTracking().ToListAsync(),
        await db.Memberships.AsNoTracking().ToListAsync());

    public IReadOnlyList<Partner> Partners => partners;

    /// <summary>Whether a project runs on a day between <paramref name="from"/> and <paramref name="to"/> (null: open).</summary>
    public static bool Active(Project p, DateOnly? from, DateOnly? to) =>
        (from is null || p.EndDate is null || p.EndDate >= from) && (to is null || p.StartDate is null || p.StartDate <= to);

    /// <summary>Collaborator key → the projects it shares with <paramref name="partner"/> that are active in the period.</summary>
    public Dictionary<int, HashSet<int>> Collaborators(int partner, DateOnly? from, DateOnly? to) =>
        Shared(p => p == partner ? partner : null, p => p, from, to).GetValueOrDefault(partner) ?? [];

    /// <summary>Partner region → shared active projects, for the partners located in <paramref name="region"/> (own region, else their city's).</summary>
    public Dictionary<int, HashSet<int>> PartnerRegions(int region, DateOnly? from, DateOnly? to) =>
        Shared(p => _partners[p].RegionId ?? CityRegion(_partners[p].CityId), p => _partners[p].RegionId ?? CityRegion(_partners[p].CityId), from, to).GetValueOrDefault(region) ?? [];

    public Dictionary<int, HashSet<int>> PartnerCities(int city, DateOnly? from, DateOnly? to) =>
        Shared(p => _partners[p].CityId, p => _partners[p].CityId, from, to).GetValueOrDefault(city) ?? [];

    /// <summary>The timeline of the README's definitions, year by year.</summary>
    public List<ReferenceYear> Timeline(TimelineQuery q)
    {
        Project[] funded = [.. projects.Where(p => q.Programme is null || p.ProgrammeId == q.Programme)];
        int[] known = [.. funded.Where(p => _teams[p.Id].Any(m => StaticScope(q, m) && (q.Partner is null || m == q.Partner)))
            .SelectMany(p => new[] { p.StartDate, p.EndDate }).OfType<DateOnly>().Select(d => d.Year)];
        int? first = q.FromYear ?? (known.Length > 0 ? known.Min() : null);
        int? last = q.ToYear ?? (known.Length > 0 ? known.Max() : null);
        if (first is null || last is null || first > last)
        {
            return [];
        }

        var years = Enumerable.Range(first.Value - 1, last.Value - first.Value + 3).ToDictionary(y => y, y => Network(q, funded, y));
        return [.. Enumerable.Range(first.Value, last.Value - first.Value + 1).Select(y => new ReferenceYear(
            y,
            years[y].Partners.Count,
            years[y].Edges,
            years[y].Projects,
            [.. years[y].Partners.Except(years[y - 1].Partners).Order()],
            [.. years[y].Partners.Except(years[y + 1].Partners).Order()]))];
    }

    private (HashSet<int> Partners, int Edges, int Projects) Network(TimelineQuery q, Project[] funded, int year)
    {
        bool Runs(Project p) => (p.StartDate is null || p.StartDate.Value.Year <= year) && (p.EndDate is null || p.EndDate.Value.Year >= year);
        HashSet<int> members = [.. memberships.Where(m => m.NetworkId == q.Network
            && (m.JoinedOn is null || m.JoinedOn.Value.Year <= year)
            && !(m.Status == MembershipStatus.Excluded && m.ExcludedLatestYear < year)).Select(m => m.RegionId)];
        bool InScope(int partner) => StaticScope(q, partner) && (q.Network is null || (Located(partner).Region is int r && members.Contains(r)));
        HashSet<int>? ego = null;
        if (q.Partner is int centre)
        {
            ego = InScope(centre)
                ? [.. funded.Where(Runs).Where(p => _teams[p.Id].Contains(centre)).SelectMany(p => _teams[p.Id]).Where(InScope)]
                : [];
        }

        List<int[]> teams = [.. funded.Where(Runs).Select(p => _teams[p.Id].Distinct().Where(m => ego?.Contains(m) ?? InScope(m)).ToArray()).Where(t => t.Length > 0)];
        int edges = teams.SelectMany(t => t.SelectMany(a => t.Where(b => a < b).Select(b => (a, b)))).Distinct().Count();
        return ([.. teams.SelectMany(t => t)], edges, teams.Count);
    }

    private bool StaticScope(TimelineQuery q, int partner) =>
        (q.Country is null || Located(partner).Country == q.Country) && (q.Region is null || Located(partner).Region == q.Region);

    /// <summary>Where a partner is, following its city (else region, else country) upwards.</summary>
    private (int? Region, int? Country) Located(int partner)
    {
        Partner p = _partners[partner];
        if (p.CityId is int c)
        {
            City city = _cities[c];
            return city.RegionId is int r ? (r, _regions[r].CountryId) : (null, city.CountryId);
        }

        return p.RegionId is int region ? (region, _regions[region].CountryId) : (null, p.CountryId);
    }

    private int? CityRegion(int? city) => city is int c ? _cities[c].RegionId : null;

    /// <summary>Place → other place → the active projects with partners in both (places from <paramref name="place"/>).</summary>
    private Dictionary<int, Dictionary<int, HashSet<int>>> Shared(Func<int, int?> place, Func<int, int?> otherPlace, DateOnly? from, DateOnly? to)
    {
        var result = new Dictionary<int, Dictionary<int, HashSet<int>>>();
        foreach (Project project in projects.Where(p => Active(p, from, to)))
        {
            foreach (int a in _teams[project.Id].Distinct())
            {
                foreach (int b in _teams[project.Id].Distinct())
                {
                    if (a != b && place(a) is int x && otherPlace(b) is int y && x != y)
                    {
                        Dictionary<int, HashSet<int>> row = result.TryGetValue(x, out var r) ? r : result[x] = [];
                        (row.TryGetValue(y, out var set) ? set : row[y] = []).Add(project.Id);
                    }
                }
            }
        }

        return result;
    }
}
