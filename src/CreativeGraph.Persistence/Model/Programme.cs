namespace CreativeGraph.Persistence.Model;

/// <summary>A funding or policy programme under which projects run.</summary>
public sealed class Programme
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public ProgrammeKind Kind { get; set; }

    public int? StartYear { get; set; }

    public int? EndYear { get; set; }

    /// <summary>The region a regional programme belongs to.</summary>
    public int? RegionId { get; set; }

    public Region? Region { get; set; }

    /// <summary>Managing body or funder, when a source names it.</summary>
    public int? ManagingBodyId { get; set; }

    public Partner? ManagingBody { get; set; }

    public string? Description { get; set; }

    /// <summary>The projects of the programme.</summary>
    public List<Project> Projects { get => field ??= []; }
}
