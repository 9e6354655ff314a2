using CreativeGraph.Api.Research.Index;
using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Research.Collaboration;

/// <summary>
/// Computes and caches <see cref="NetworkAnalysis"/>es per graph version and selection
/// (<see cref="GraphVersionCache{TKey, TValue}"/>, <see cref="CentralityOptions.CacheSize"/> kept), each bounded by
/// <see cref="CentralityOptions.MaxPairs"/> and cancelled with the token of the request that started it.
/// </summary>
internal sealed class NetworkAnalyses(AdjacencyIndexProvider indexes, IDbContextFactory<KnowledgeGraphDbContext> contexts, ResearchOptions options)
{
    private readonly GraphVersionCache<NetworkSelection, NetworkAnalysis> _cache = new(indexes, () => options.Centrality.CacheSize);

    /// <summary>How many analyses were computed so far (for tests).</summary>
    public int Computations => _cache.Computations;

    public Task<NetworkAnalysis> GetAsync(NetworkSelection selection, CancellationToken cancellationToken) =>
        _cache.GetAsync(selection, (index, ct) => ComputeAsync(index, selection, ct), cancellationToken);

    private async Task<NetworkAnalysis> ComputeAsync(AdjacencyIndex index, NetworkSelection selection, CancellationToken cancellationToken)
    {
        CollaborationNetwork network = CollaborationNetwork.Build(index, selection, options.Centrality.MaxPairs, cancellationToken);
        NetworkAnalysis analysis = NetworkAnalysis.Compute(network, options.Centrality, cancellationToken);
        Dictionary<int, string> names = await PartnerNames.LoadAsync(contexts, network.Partners, cancellationToken).ConfigureAwait(false);
        foreach (PartnerCentrality partner in analysis.Partners)
        {
            partner.Name = names.GetValueOrDefault(partner.PartnerId) ?? "";
        }

        return analysis;
    }
}
