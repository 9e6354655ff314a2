using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.KnowledgeGraph.Entities;

/// <summary>The <c>Membership</c> slice of the schema and the edges and list items it owns: what each of its types exposes.</summary>
internal static class MembershipEntity
{
    /// <summary>A region's membership in a network (an edge that carries data).</summary>
    public static GraphEntity<Membership> Membership { get; } = new(StoredEntities.Membership)
    {
        IsNode = true,
        Traversal = new()
        {
            Relations = [new("Membership", "Region → Network: the region is (or was) a member (with status and date).")],
            Edges = [new("Membership", new("Region", m => m.RegionId), [new("Network", m => m.NetworkId)])],
            Details = m => new EdgeDetails(null, m.Status, m.JoinedOn, null),
            EdgesActive = new(m => m.JoinedOn, m => ExclusionDay(m.Status, m.ExcludedLatestYear)),
        },
        Filterable = ["Id", "Status", "ApplicationDecidedOn", "JoinedOn", "ExcludedEarliestYear", "ExcludedLatestYear"],
    };

    /// <summary>
    /// A membership is active from joining; an excluded one until the last day of the latest year its exclusion may
    /// have happened in, any other (or one whose exclusion is undated) without an end.
    /// </summary>
    internal static DateOnly? ExclusionDay(MembershipStatus status, int? excludedLatestYear) =>
        status == MembershipStatus.Excluded && excludedLatestYear is int year ? new DateOnly(year, 12, 31) : null;

    /// <summary>A person representing a region in a network (an edge).</summary>
    public static GraphEntity<MembershipRepresentative> MembershipRepresentative { get; } = new(StoredEntities.MembershipRepresentative)
    {
        Filterable = ["AppointedOn"],
    };

    /// <summary>One of a membership's priorities (a list item).</summary>
    public static GraphEntity<MembershipPriority> MembershipPriority { get; } = new(StoredEntities.MembershipPriority)
    {
        Filterable = ["Ordinal", "Text"],
    };
}
