using CreativeGraph.Persistence.Entities;

namespace CreativeGraph.Persistence.Seed.Documents;

/// <summary>
/// One JSON data file. Every section is optional, so a file may hold one kind (as the seed files do) or many
/// (as an import file may). References between records use natural keys (slugs, country codes) and may point
/// into the same batch of files or into the database.
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
    /// The natural key of every record of the file with its entity type: what other records may refer to. The
    /// sections are the file format's, so this is the one place that pairs each with its entity declaration.
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
    ];
}
