namespace CreativeGraph.Api.Research;

/// <summary>
/// Bounds and caching of the research traversals, bound from the <c>Research</c> configuration section
/// (<c>Research:MaxDepth</c> …). Every request is bounded by these, whatever its arguments.
/// </summary>
internal sealed class ResearchOptions
{
    public const string Section = "Research";

    /// <summary>Deepest <c>neighbourhood(depth:)</c>.</summary>
    public int MaxDepth { get; set; } = 5;

    /// <summary>Most nodes one <c>neighbourhood</c> returns (<c>first</c>, default <see cref="DefaultNodes"/>).</summary>
    public int MaxNodes { get; set; } = 500;

    /// <summary><c>neighbourhood(first:)</c> when not given.</summary>
    public int DefaultNodes { get; set; } = 50;

    /// <summary>Most edges one <c>neighbourhood</c> returns; past it the result says <c>edgesTruncated</c>.</summary>
    public int MaxEdges { get; set; } = 5_000;

    /// <summary>Longest <c>path(maxLength:)</c>.</summary>
    public int MaxPathLength { get; set; } = 10;

    /// <summary>Most paths one <c>paths</c> returns (<c>first</c>, default 10).</summary>
    public int MaxPaths { get; set; } = 100;

    /// <summary>Most nodes a path search may visit (both directions together) before it fails with a coded error.</summary>
    public int MaxVisitedNodes { get; set; } = 500_000;

    /// <summary>How often at most the database is asked whether the graph changed since the index was built.</summary>
    public TimeSpan IndexCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Centrality and communities of the collaboration network (<c>Research:Centrality:*</c>).</summary>
    public CentralityOptions Centrality { get; set; } = new();

    /// <summary>Timelines of the collaboration network (<c>Research:Timeline:*</c>).</summary>
    public TimelineOptions Timeline { get; set; } = new();
}
