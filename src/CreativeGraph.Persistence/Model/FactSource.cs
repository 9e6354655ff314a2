namespace CreativeGraph.Persistence.Model;

/// <summary>
/// Provenance: <see cref="Source"/> states the entity or edge identified by (<see cref="EntityType"/>,
/// <see cref="EntityKey"/>). Natural key (entity type, entity key, source).
/// </summary>
/// <remarks>
/// Edge keys join the natural keys of their ends with '/', e.g. Participation "creative-cities/city-of-leipzig"
/// (see <see cref="EntityKeys"/>).
/// </remarks>
public sealed class FactSource
{
    public int Id { get; set; }

    public required string EntityType { get; set; }

    public required string EntityKey { get; set; }

    public int SourceId { get; set; }

    public Source Source { get; set; } = null!;
}
