using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Research.Collaboration;

/// <summary>
/// Computes and caches <see cref="NetworkAnalysis"/>es per graph version (the adjacency index's fingerprint) and
/// selection. A computation runs off the request thread, bounded by <see cref="CentralityOptions.MaxPairs"/> and
/// cancelled with the token of the request that started it; requests asking for the same selection meanwhile wait
/// for it (each until its own token fires) and start again if it was cancelled. The least recently used analyses
/// leave once more than <see cref="CentralityOptions.CacheSize"/> are kept; a new graph version empties the cache.
/// </summary>
internal sealed class NetworkAnalyses(AdjacencyIndexProvider indexes, IDbContextFactory<KnowledgeGraphDbContext> contexts, ResearchOptions options)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<NetworkSelection, (Task<NetworkAnalysis> Task, long Used)> _cache = [];
    private string? _fingerprint;
    private long _clock;

    /// <summary>How many analyses were computed so far (for tests).</summary>
    public int Computations { get; private set; }

    public async Task<NetworkAnalysis> GetAsync(NetworkSelection selection, CancellationToken cancellationToken)
    {
        AdjacencyIndex index = await indexes.GetAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            Task<NetworkAnalysis> task = Entry(index, selection, cancellationToken);
            try
            {
                return await task.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // another request's computation was cancelled: compute again under this request's token
                Forget(selection, task);
            }
            catch
            {
                Forget(selection, task);
                throw;
            }
        }
    }

    private Task<NetworkAnalysis> Entry(AdjacencyIndex index, NetworkSelection selection, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_fingerprint != index.Fingerprint)
            {
                _cache.Clear();
                _fingerprint = index.Fingerprint;
            }

            if (_cache.TryGetValue(selection, out var entry))
            {
                _cache[selection] = (entry.Task, ++_clock);
                return entry.Task;
            }

            Task<NetworkAnalysis> task = Task.Run(() => ComputeAsync(index, selection, cancellationToken), cancellationToken);
            _cache[selection] = (task, ++_clock);
            while (_cache.Count > Math.Max(1, options.Centrality.CacheSize))
            {
                _cache.Remove(_cache.MinBy(e => e.Value.Used).Key);
            }

            return task;
        }
    }

    private void Forget(NetworkSelection selection, Task<NetworkAnalysis> task)
    {
        lock (_lock)
        {
            if (_cache.TryGetValue(selection, out var entry) && entry.Task == task && task.IsCompleted && !task.IsCompletedSuccessfully)
            {
                _cache.Remove(selection);
            }
        }
    }

    private async Task<NetworkAnalysis> ComputeAsync(AdjacencyIndex index, NetworkSelection selection, CancellationToken cancellationToken)
    {
        CollaborationNetwork network = CollaborationNetwork.Build(index, selection, options.Centrality.MaxPairs, cancellationToken);
        NetworkAnalysis analysis = NetworkAnalysis.Compute(network, options.Centrality, cancellationToken);
        KnowledgeGraphDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            int[] ids = network.Partners;
            Dictionary<int, string> names = await db.Partners.AsNoTracking().Where(p => ids.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken).ConfigureAwait(false);
            foreach (PartnerCentrality partner in analysis.Partners)
            {
                partner.Name = names.GetValueOrDefault(partner.PartnerId) ?? "";
            }
        }

        lock (_lock)
        {
            Computations++;
        }

        return analysis;
    }
}
