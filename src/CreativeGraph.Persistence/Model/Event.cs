namespace CreativeGraph.Persistence.Model;

/// <summary>A dated happening that is not a forum edition itself.</summary>
public sealed class Event
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public EventKind Kind { get; set; }

    /// <summary><see cref="EventStatus.Planned"/> when the source describes it as future or intended.</summary>
    public EventStatus Status { get; set; }

    /// <summary>Year, when known; null when no source dates the event.</summary>
    public int? Year { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public DatePrecision? DatePrecision { get; set; }

    public int? RegionId { get; set; }

    public Region? Region { get; set; }

    public int? CityId { get; set; }

    public City? City { get; set; }

    public int? ProjectId { get; set; }

    public Project? Project { get; set; }

    public int? ForumId { get; set; }

    public Forum? Forum { get; set; }

    public int? NetworkId { get; set; }

    public Network? Network { get; set; }

    public string? Theme { get; set; }

    /// <summary>International participants (expected ones when the event is planned).</summary>
    public int? InternationalParticipants { get; set; }

    /// <summary>All participants and guests (expected ones when the event is planned).</summary>
    public int? TotalParticipants { get; set; }

    public string? Description { get; set; }
}
