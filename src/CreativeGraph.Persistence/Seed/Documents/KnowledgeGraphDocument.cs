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
}
