using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Seed.Documents;

internal sealed record EventRecord
{
    public required string Slug { get; init; }

    public required string Name { get; init; }

    public required EventKind Kind { get; init; }

    public required EventStatus Status { get; init; }

    public int? Year { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public DatePrecision? DatePrecision { get; init; }

    public string? Region { get; init; }

    public string? City { get; init; }

    public string? Project { get; init; }

    public string? Forum { get; init; }

    public string? Network { get; init; }

    public string? Theme { get; init; }

    public int? InternationalParticipants { get; init; }

    public int? TotalParticipants { get; init; }

    public string? Description { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}
