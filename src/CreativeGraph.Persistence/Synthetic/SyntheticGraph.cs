using System.Collections;
using CreativeGraph.Persistence.Entities;
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
    private readonly Dictionary<EntityDefinition, IList> _tables = [];

    internal SyntheticGraph(SyntheticGraphOptions options) => Options = options;

    /// <summary>The options the graph was generated from.</summary>
    public SyntheticGraphOptions Options { get; }

    public List<Source> Sources => Rows(StoredEntities.Source);

    public List<Country> Countries => Rows(StoredEntities.Country);

    public List<Region> Regions => Rows(StoredEntities.Region);

    public List<City> Cities => Rows(StoredEntities.City);

    public List<Sector> Sectors => Rows(StoredEntities.Sector);

    public List<Partner> Partners => Rows(StoredEntities.Partner);

    public List<Person> People => Rows(StoredEntities.Person);

    public List<Programme> Programmes => Rows(StoredEntities.Programme);

    public List<Project> Projects => Rows(StoredEntities.Project);

    public List<Participation> Participations => Rows(StoredEntities.Participation);

    public List<ProjectCity> ProjectCities => Rows(StoredEntities.ProjectCity);

    public List<ProjectRegion> ProjectRegions => Rows(StoredEntities.ProjectRegion);

    public List<ProjectSector> ProjectSectors => Rows(StoredEntities.ProjectSector);

    public List<Network> Networks => Rows(StoredEntities.Network);

    public List<Membership> Memberships => Rows(StoredEntities.Membership);

    public List<Forum> Forums => Rows(StoredEntities.Forum);

    public List<Event> Events => Rows(StoredEntities.Event);

    /// <summary>Which document states each entity and edge.</summary>
    public List<FactSource> FactSources { get; } = [];

    /// <summary>Every row of the graph, all tables together.</summary>
    public int RowCount => _tables.Values.Sum(rows => rows.Count) + FactSources.Count;

    /// <summary>
    /// The generated rows of the entity type <paramref name="entity"/> declares (an empty list while it has none), to
    /// read or to add to. Any declared entity type can hold rows; the writer needs no list of them.
    /// </summary>
    public List<T> Rows<T>(EntityDefinition<T> entity)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(entity);
        return (List<T>)Rows((EntityDefinition)entity);
    }

    /// <summary>
    /// The entity types that hold rows, with their rows, in the order the writer inserts them: as
    /// <see cref="StoredEntities.All"/> lists them (an entity after what it refers to), then any other declared type by name.
    /// </summary>
    internal IEnumerable<(EntityDefinition Entity, IList Rows)> Tables =>
        _tables.OrderBy(t => StoredEntities.All.TakeWhile(d => d != t.Key).Count()).ThenBy(t => t.Key.Name, StringComparer.Ordinal).Select(t => (t.Key, t.Value));

    /// <summary>The generated rows of <paramref name="entity"/> (an empty list while it has none), a <c>List&lt;T&gt;</c> of its type.</summary>
    internal IList Rows(EntityDefinition entity)
    {
        if (!_tables.TryGetValue(entity, out IList? rows))
        {
            _tables.Add(entity, rows = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(entity.ClrType))!);
        }

        return rows;
    }

    /// <summary>Generates the graph the options describe.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (see <see cref="SyntheticGraphOptions.Validate"/>).</exception>
    public static SyntheticGraph Generate(SyntheticGraphOptions? options = null) => Generate(options, StoredEntities.All);

    /// <summary>
    /// Generates the graph the options describe, with the rows of the steps <paramref name="entities"/> declare
    /// (<see cref="EntityDefinition.Synthetic"/>), run in that order after the generator's own.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (see <see cref="SyntheticGraphOptions.Validate"/>).</exception>
    public static SyntheticGraph Generate(SyntheticGraphOptions? options, IReadOnlyList<EntityDefinition> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        options ??= new SyntheticGraphOptions();
        options.Validate();
        return new SyntheticGraphBuilder(options, entities).Build();
    }
}
