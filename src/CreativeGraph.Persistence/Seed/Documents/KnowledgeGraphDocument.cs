using System.Collections;
using CreativeGraph.Persistence.Entities;

namespace CreativeGraph.Persistence.Seed.Documents;

/// <summary>
/// One JSON data file. Every section is optional, so a file may hold one kind (as the seed files do) or many
/// (as an import file may). References between records use natural keys (slugs, country codes) and may point
/// into the same batch of files or into the database. Besides the format's own sections, a file may hold the
/// sections that entity declarations add (<see cref="EntityDefinition.Import"/>), when it is read with them.
/// </summary>
internal sealed record KnowledgeGraphDocument
{
    public IReadOnlyList<SourceRecord> Sources { get; init; } = [];

    public IReadOnlyList<CountryRecord> Countries { get; init; } = [];

    public IReadOnlyList<RegionRecord> Regions { get; init; } = [];

    public IReadOnlyList<CityRecord> Cities { get; init; } = [];

    public IReadOnlyList<SectorRecord> Sectors { get; init; } = [];

    public IReadOnlyList<PartnerRecord> Partners { get; init; } = [];

    public IReadOnlyList<PersonRecord> People { get; init; } = [];

    public IReadOnlyList<ProgrammeRecord> Programmes { get; init; } = [];

    public IReadOnlyList<NetworkRecord> Networks { get; init; } = [];

    public IReadOnlyList<ForumRecord> Forums { get; init; } = [];

    public IReadOnlyList<ProjectRecord> Projects { get; init; } = [];

    public IReadOnlyList<EventRecord> Events { get; init; } = [];

    /// <summary>
    /// The records of the declared sections the file holds, by entity declaration (each a list of the section's
    /// record type). Not a JSON member itself: the reader adds one member per declared section (<c>KnowledgeGraphJson</c>).
    /// </summary>
    internal Dictionary<EntityDefinition, IList> Declared { get; } = [];

    /// <summary>The declared sections the file holds, in the order of <paramref name="entities"/> (an entity after what it refers to).</summary>
    internal IEnumerable<(ImportSection Section, IList Records)> DeclaredSections(IEnumerable<EntityDefinition> entities) =>
        entities.Where(e => e.Import is not null && Declared.ContainsKey(e)).Select(e => (e.Import!, Declared[e]));

    /// <summary>
    /// The natural key of every record of the file with its entity type: what other records may refer to. The
    /// format's own sections are paired with their entity declarations here; a declared section brings its pairing.
    /// </summary>
    public IEnumerable<(EntityDefinition Entity, string Key)> DefinedKeys() =>
    [
        .. Sources.Select(r => (StoredEntities.Source, r.Slug)),
        .. Countries.Select(r => (StoredEntities.Country, r.Code)),
        .. Regions.Select(r => (StoredEntities.Region, r.Slug)),
        .. Cities.Select(r => (StoredEntities.City, r.Slug)),
        .. Sectors.Select(r => (StoredEntities.Sector, r.Slug)),
        .. Partners.Select(r => (StoredEntities.Partner, r.Slug)),
        .. People.Select(r => (StoredEntities.Person, r.Slug)),
        .. Programmes.Select(r => (StoredEntities.Programme, r.Slug)),
        .. Networks.Select(r => (StoredEntities.Network, r.Slug)),
        .. Forums.Select(r => (StoredEntities.Forum, r.Slug)),
        .. Projects.Select(r => (StoredEntities.Project, r.Slug)),
        .. Events.Select(r => (StoredEntities.Event, r.Slug)),
        .. Declared.SelectMany(section => section.Key.Import!.KeysOf(section.Value).Select(key => (section.Key, key))),
    ];
}
