namespace CreativeGraph.Persistence.Model;

/// <summary>One output or result of a project; natural key (project, ordinal).</summary>
public sealed class ProjectResult
{
    public int Id { get; set; }

    public int ProjectId { get; set; }

    public Project Project { get; set; } = null!;

    public int Ordinal { get; set; }

    /// <summary>English title (translated where the source is not English).</summary>
    public required string Title { get; set; }

    /// <summary>The title as the source gives it in its own language.</summary>
    public string? LocalTitle { get; set; }

    public string? LocalTitleLanguage { get; set; }

    public string? Description { get; set; }
}
