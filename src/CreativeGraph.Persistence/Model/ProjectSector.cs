namespace CreativeGraph.Persistence.Model;

/// <summary>Edge project ↔ sector; natural key (project, sector).</summary>
public sealed class ProjectSector
{
    public int Id { get; set; }

    public int ProjectId { get; set; }

    public Project Project { get; set; } = null!;

    public int SectorId { get; set; }

    public Sector Sector { get; set; } = null!;

    /// <summary>The label the source uses for the sector, e.g. "arts and craft" or "desian".</summary>
    public string? LabelAsWritten { get; set; }
}
