namespace CreativeGraph.Api;

/// <summary>
/// The <c>@cost(weight:)</c> of the resolvers that do much more work than reading rows by key (IBM cost spec
/// #sec-weight, as HotChocolate applies it): a field without one weighs 1. With the default <c>MaxCost</c> of 1000,
/// one document may hold about 20 searches or traversals, 50 statistics figures or 100 partnership lists, and a
/// thousand aliased searches are refused before they run (HC0047). The data layer weighs its own: <c>aggregate</c> and
/// each <c>groupBy</c> 20 (one grouped statement), each list filter operation (<c>some all none any</c>) 10.
/// </summary>
internal static class CostWeights
{
    /// <summary><c>search</c>: a scan of every name of the graph, ranked and counted.</summary>
    public const double Search = 50;

    /// <summary><c>neighbourhood</c>, <c>path</c>, <c>paths</c>: breadth-first searches, then the answer's rows.</summary>
    public const double Traversal = 50;

    /// <summary>Each figure of <c>statistics</c>: one grouped statement over the selected projects.</summary>
    public const double StatisticsFigure = 20;

    /// <summary><c>collaborators</c>, <c>partnerRegions</c>, <c>partnerCities</c>: a grouped self-join of participations.</summary>
    public const double Partnerships = 10;

    /// <summary><c>collaborationNetwork</c>: builds a network and runs betweenness, PageRank, k-cores and Louvain over it (then cached).</summary>
    public const double Centrality = 100;

    /// <summary><c>timeline</c>: builds the collaboration network of every listed year (then cached).</summary>
    public const double Timeline = 50;
}
