namespace CreativeGraph.Api.Research.Timeline;

/// <summary>One year of a timeline: the size of that year's collaboration network and who joined or is about to leave it.</summary>
internal sealed class TimelineYear
{
    public required int Year { get; init; }

    /// <summary>Partners of the year's network (taking part in a project active in the year).</summary>
    public required int PartnerCount { get; init; }

    /// <summary>Pairs of them sharing a project active in the year.</summary>
    public required int EdgeCount { get; init; }

    /// <summary>Projects active in the year with at least one partner of the network.</summary>
    public required int ProjectCount { get; init; }

    /// <summary>Partner keys in the year's network but not in the previous year's.</summary>
    public required int[] New { get; init; }

    /// <summary>Partner keys in the year's network but not in the next year's.</summary>
    public required int[] Leaving { get; init; }

    /// <summary>The named partners of <see cref="New"/> (set once names are read).</summary>
    public IReadOnlyList<TimelinePartner> NewPartners { get; set; } = [];

    public IReadOnlyList<TimelinePartner> LeavingPartners { get; set; } = [];
}

/// <summary>A partner listed in a timeline year, with its name to filter and order by.</summary>
internal sealed class TimelinePartner
{
    /// <summary>The partner's key: the connection's tie-breaker and cursor key.</summary>
    [System.ComponentModel.DataAnnotations.Key]
    public int PartnerId { get; init; }

    public string Name { get; init; } = "";
}

/// <summary>A computed timeline: its years, oldest first.</summary>
internal sealed record NetworkTimelineResult(IReadOnlyList<TimelineYear> Years);
