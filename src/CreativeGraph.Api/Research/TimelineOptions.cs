namespace CreativeGraph.Api.Research;

/// <summary>How timelines are bounded and cached (<c>Research:Timeline:*</c>).</summary>
internal sealed class TimelineOptions
{
    /// <summary>Most years one timeline lists; a longer one is <c>RESEARCH_TIMELINE_TOO_LONG</c>.</summary>
    public int MaxYears { get; set; } = 100;

    /// <summary>Most partner pairs (counted per project and year) one timeline may take; past it <c>RESEARCH_NETWORK_TOO_LARGE</c>.</summary>
    public long MaxPairs { get; set; } = 20_000_000;

    /// <summary>Computed timelines kept per graph version (least recently used ones leave first).</summary>
    public int CacheSize { get; set; } = 32;
}
