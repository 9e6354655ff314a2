using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Seed.Documents;

internal sealed record MembershipRecord
{
    public required string Region { get; init; }

    public required MembershipStatus Status { get; init; }

    public DateOnly? ApplicationDecidedOn { get; init; }

    public DateOnly? JoinedOn { get; init; }

    public string? JoinedAtForum { get; init; }

    public int? ExcludedEarliestYear { get; init; }

    public int? ExcludedLatestYear { get; init; }

    public string? Note { get; init; }

    public IReadOnlyList<RepresentativeRecord> Representatives { get; init; } = [];

    public IReadOnlyList<PriorityRecord> Priorities { get; init; } = [];

    public required IReadOnlyList<string> Sources { get; init; }
}
