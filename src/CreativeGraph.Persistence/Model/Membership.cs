namespace CreativeGraph.Persistence.Model;

/// <summary>Edge region ↔ network; natural key (network, region).</summary>
public sealed class Membership
{
    public int Id { get; set; }

    public int NetworkId { get; set; }

    public Network Network { get; set; } = null!;

    public int RegionId { get; set; }

    public Region Region { get; set; } = null!;

    public MembershipStatus Status { get; set; }

    /// <summary>Date the region's own council decided to apply.</summary>
    public DateOnly? ApplicationDecidedOn { get; set; }

    public DateOnly? JoinedOn { get; set; }

    /// <summary>The forum during which the region was admitted.</summary>
    public int? JoinedAtForumId { get; set; }

    public Forum? JoinedAtForum { get; set; }

    /// <summary>
    /// Earliest and latest possible year of exclusion. Both are set when the source only allows an
    /// estimate (e.g. "last year" in an undated document); equal values mean the year is known.
    /// </summary>
    public int? ExcludedEarliestYear { get; set; }

    public int? ExcludedLatestYear { get; set; }

    public string? Note { get; set; }

    public List<MembershipRepresentative> Representatives { get => field ??= []; }

    public List<MembershipPriority> Priorities { get => field ??= []; }
}
