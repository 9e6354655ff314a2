namespace CreativeGraph.Api.Research.Collaboration;

/// <summary>A partner of a collaboration network with its centrality and community (<c>PartnerCentrality</c>).</summary>
internal sealed class PartnerCentrality
{
    /// <summary>The partner's key: the connection's tie-breaker and cursor key.</summary>
    [System.ComponentModel.DataAnnotations.Key]
    public int PartnerId { get; set; }

    /// <summary>The partner's name, to filter and order by.</summary>
    public string Name { get; set; } = "";

    /// <summary>How many partners it shares at least one project with.</summary>
    public int Degree { get; set; }

    /// <summary>The projects it shares, summed over its collaborators.</summary>
    public double WeightedDegree { get; set; }

    public double Betweenness { get; set; }

    public double PageRank { get; set; }

    public int CoreNumber { get; set; }

    public int Community { get; set; }
}

/// <summary>
/// Everything computed over one collaboration network: each partner's measures, the partition's modularity, and
/// how betweenness was obtained (exact, or sampled with its error bound). Immutable and shared through the cache.
/// </summary>
internal sealed class NetworkAnalysis
{
    public required IReadOnlyList<PartnerCentrality> Partners { get; init; }

    public required int EdgeCount { get; init; }

    public required double Modularity { get; init; }

    public required int CommunityCount { get; init; }

    /// <summary>Sources the betweenness searched (all partners when exact).</summary>
    public required int BetweennessSources { get; init; }

    /// <summary>0 when exact; else the 95 % bound on each partner's error (<see cref="Collaboration.Betweenness.ErrorBound"/>).</summary>
    public required double BetweennessErrorBound { get; init; }

    public required double PageRankDamping { get; init; }

    public Dictionary<int, PartnerCentrality> ByPartner => _byPartner ??= Partners.ToDictionary(p => p.PartnerId);

    private Dictionary<int, PartnerCentrality>? _byPartner;

    /// <summary>Runs every measure over <paramref name="network"/>; partner names are filled in by the caller.</summary>
    public static NetworkAnalysis Compute(CollaborationNetwork network, CentralityOptions options, CancellationToken cancellationToken)
    {
        (double[] betweenness, int sources) = Collaboration.Betweenness.Compute(network, options.ExactBetweennessMaxNodes, options.BetweennessSamples, options.Seed, cancellationToken);
        double[] rank = PageRank.Compute(network, options.PageRankDamping, options.PageRankTolerance, options.PageRankMaxIterations, cancellationToken);
        int[] cores = CoreNumbers.Compute(network);
        (int[] community, double modularity) = Louvain.Compute(network, options.LouvainResolution, options.LouvainThreshold, cancellationToken);
        var partners = new PartnerCentrality[network.NodeCount];
        for (int v = 0; v < partners.Length; v++)
        {
            partners[v] = new PartnerCentrality
            {
                PartnerId = network.Partners[v],
                Degree = network.Degree(v),
                WeightedDegree = network.Weights.AsSpan(network.Start[v], network.Degree(v)).ToArray().Sum(),
                Betweenness = betweenness[v],
                PageRank = rank[v],
                CoreNumber = cores[v],
                Community = community[v],
            };
        }

        return new NetworkAnalysis
        {
            Partners = partners,
            EdgeCount = network.EdgeCount,
            Modularity = modularity,
            CommunityCount = community.Length == 0 ? 0 : community.Max() + 1,
            BetweennessSources = sources,
            BetweennessErrorBound = Collaboration.Betweenness.ErrorBound(network.NodeCount, sources),
            PageRankDamping = options.PageRankDamping,
        };
    }
}
