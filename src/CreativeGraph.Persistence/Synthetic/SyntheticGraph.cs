using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Synthetic;

/// <summary>
/// A generated knowledge graph of realistic shape, held in memory as model entities with their keys set
/// (<c>Id</c> = position + 1 in each list, foreign keys by id; navigations are left unset). Deterministic: the same
/// <see cref="SyntheticGraphOptions"/> always give the same rows. Write it with <see cref="SyntheticGraphWriter"/>.
/// </summary>
/// <remarks>
/// Shape: countries from a fixed European list, made-up regions and cities, partners located in a city (most), a
/// region or only a country; programmes covering a few countries; projects with 2–30 partners (small consortia
/// are common, a few partners take part in very many projects), one lead partner each, project cities, regions and
/// sectors; networks of regions with memberships and yearly forums; events; contact people. Every entity and every
/// edge cites one or two synthetic source documents (<see cref="FactSource"/>, keys as <see cref="EntityKeys"/> builds
/// them). Slugs start with <c>s{seed}-</c>, so graphs of different seeds can share a database.
/// </remarks>
public sealed class SyntheticGraph
{
    internal SyntheticGraph(SyntheticGraphOptions options) => Options = options;

    /// <summary>The options the graph was generated from.</summary>
    public SyntheticGraphOptions Options { get; }

    public List<Source> Sources { get; } = [];

    public List<Country> Countries { get; } = [];

    public List<Region> Regions { get; } = [];

    public List<City> Cities { get; } = [];

    public List<Sector> Sectors { get; } = [];

    public List<Partner> Partners { get; } = [];

    public List<Person> People { get; } = [];

    public List<Programme> Programmes { get; } = [];

    public List<Project> Projects { get; } = [];

    public List<Participation> Participations { get; } = [];

    public List<ProjectCity> ProjectCities { get; } = [];

    public List<ProjectRegion> ProjectRegions { get; } = [];

    public List<ProjectSector> ProjectSectors { get; } = [];

    public List<Network> Networks { get; } = [];

    public List<Membership> Memberships { get; } = [];

    public List<Forum> Forums { get; } = [];

    public List<Event> Events { get; } = [];

    public List<FactSource> FactSources { get; } = [];

    /// <summary>Every row of the graph, all tables together.</summary>
    public int RowCount => Sources.Count + Countries.Count + Regions.Count + Cities.Count + Sectors.Count + Partners.Count
        + People.Count + Programmes.Count + Projects.Count + Participations.Count + ProjectCities.Count + ProjectRegions.Count
        + ProjectSectors.Count + Networks.Count + Memberships.Count + Forums.Count + Events.Count + FactSources.Count;

    /// <summary>Generates the graph the options describe.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (see <see cref="SyntheticGraphOptions.Validate"/>).</exception>
    public static SyntheticGraph Generate(SyntheticGraphOptions? options = null)
    {
        options ??= new SyntheticGraphOptions();
        options.Validate();
        return new SyntheticGraphBuilder(options).Build();
    }
}
