namespace CreativeGraph.Persistence.Model;

/// <summary>Edge project ↔ city where it takes place; natural key (project, city).</summary>
public sealed class ProjectCity
{
    public int Id { get; set; }

    public int ProjectId { get; set; }

    public Project Project { get; set; } = null!;

    public int CityId { get; set; }

    public City City { get; set; } = null!;
}
