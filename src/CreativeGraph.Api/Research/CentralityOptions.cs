namespace CreativeGraph.Api.Research;

/// <summary>How centrality and communities are computed and bounded (<c>Research:Centrality:*</c>).</summary>
internal sealed class CentralityOptions
{
    /// <summary>Networks up to this many partners get exact betweenness; larger ones a sampled estimate.</summary>
    public int ExactBetweennessMaxNodes { get; set; } = 5_000;

    /// <summary>Sources searched for a sampled betweenness (the error bound shrinks with its square root).</summary>
    public int BetweennessSamples { get; set; } = 500;

    /// <summary>Seed of the generator that draws the sampled sources (the same seed, the same estimate).</summary>
    public int Seed { get; set; } = 1;

    /// <summary>PageRank's damping factor.</summary>
    public double PageRankDamping { get; set; } = 0.85;

    /// <summary>PageRank stops when one iteration changes the ranks by less than (partners × this) in total.</summary>
    public double PageRankTolerance { get; set; } = 1e-10;

    public int PageRankMaxIterations { get; set; } = 1_000;

    /// <summary>Louvain's resolution (1: classic modularity).</summary>
    public double LouvainResolution { get; set; } = 1;

    /// <summary>Louvain stops when a level raises the modularity by no more than this.</summary>
    public double LouvainThreshold { get; set; } = 1e-7;

    /// <summary>Most partner pairs (counted per project) one network may take; past it <c>RESEARCH_NETWORK_TOO_LARGE</c>.</summary>
    public long MaxPairs { get; set; } = 20_000_000;

    /// <summary>Computed networks kept per graph version (least recently used ones leave first).</summary>
    public int CacheSize { get; set; } = 32;
}
