namespace CreativeGraph.Persistence.Model;

/// <summary>One entry of a project's objectives list; natural key (project, ordinal).</summary>
public sealed class ProjectObjective
{
    public int Id { get; set; }

    public int ProjectId { get; set; }

    public Project Project { get; set; } = null!;

    public int Ordinal { get; set; }

    public ObjectiveKind Kind { get; set; }

    /// <summary>English text in our own words.</summary>
    public required string Text { get; set; }
}
