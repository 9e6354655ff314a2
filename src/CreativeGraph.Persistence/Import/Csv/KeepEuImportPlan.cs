using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Import.Csv;

/// <summary>
/// The rows to insert for one file, with their final keys already chosen (the stored tables' largest keys plus one,
/// two …), so they can be written without change tracking, and the per-kind counts of the report.
/// </summary>
internal sealed class KeepEuImportPlan
{
    public required Source Source { get; init; }

    public required bool SourceIsNew { get; init; }

    public List<Country> Countries { get; } = [];

    public List<Region> Regions { get; } = [];

    public List<City> Cities { get; } = [];

    public List<Programme> Programmes { get; } = [];

    public List<Project> Projects { get; } = [];

    public List<Partner> Partners { get; } = [];

    public List<Participation> Participations { get; } = [];

    public List<FactSource> FactSources { get; } = [];

    /// <summary>Per entity type (<see cref="EntityTypes"/>): how many stored entities the file matched.</summary>
    public Dictionary<string, int> Matched { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<EntityCount> Counts() =>
    [
        Count(EntityTypes.Country, Countries.Count),
        Count(EntityTypes.Region, Regions.Count),
        Count(EntityTypes.City, Cities.Count),
        Count(EntityTypes.Programme, Programmes.Count),
        Count(EntityTypes.Project, Projects.Count),
        Count(EntityTypes.Partner, Partners.Count),
        Count(EntityTypes.Participation, Participations.Count),
    ];

    /// <summary>The new entities that search finds by name.</summary>
    public IEnumerable<object> Named() =>
        [.. (SourceIsNew ? [Source] : Array.Empty<Source>()), .. Countries, .. Regions, .. Cities, .. Programmes, .. Projects, .. Partners];

    private EntityCount Count(string entity, int added) => new(entity, added, Matched.GetValueOrDefault(entity));
}
