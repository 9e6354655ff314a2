namespace CreativeGraph.Persistence.Model;

/// <summary>A creative-industry sector; synonyms live in <see cref="AlternativeName"/>.</summary>
public sealed class Sector
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>The projects addressing this sector, as edges.</summary>
    public List<ProjectSector> ProjectSectors { get => field ??= []; }
}
