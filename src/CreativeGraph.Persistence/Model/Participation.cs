namespace CreativeGraph.Persistence.Model;

/// <summary>Edge project ↔ organisation; natural key (project, partner).</summary>
public sealed class Participation
{
    public int Id { get; set; }

    public int ProjectId { get; set; }

    public Project Project { get; set; } = null!;

    public int PartnerId { get; set; }

    public Partner Partner { get; set; } = null!;

    public ParticipationRole Role { get; set; }

    public string? Note { get; set; }
}
