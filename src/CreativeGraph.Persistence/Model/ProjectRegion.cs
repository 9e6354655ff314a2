namespace CreativeGraph.Persistence.Model;

/// <summary>Edge project ↔ region where it takes place; natural key (project, region).</summary>
public sealed class ProjectRegion
{
    public int Id { get; set; }

    public int ProjectId { get; set; }

    public Project Project { get; set; } = null!;

    public int RegionId { get; set; }

    public Region Region { get; set; } = null!;
}
