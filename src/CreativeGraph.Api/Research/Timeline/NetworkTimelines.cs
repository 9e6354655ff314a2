using CreativeGraph.Api.Research.Collaboration;
using CreativeGraph.Api.Research.Index;
using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Research.Timeline;

/// <summary>
/// Computes and caches timelines per graph version and request (<see cref="GraphVersionCache{TKey, TValue}"/>,
/// <see cref="TimelineOptions.CacheSize"/> kept), each bounded by <see cref="TimelineOptions"/> and cancelled with
/// the token of the request that started it; the partners listed as new or leaving get their names in one statement.
/// </summary>
internal sealed class NetworkTimelines(AdjacencyIndexProvider indexes, IDbContextFactory<KnowledgeGraphDbContext> contexts, ResearchOptions options)
{
    private readonly GraphVersionCache<TimelineRequest, NetworkTimelineResult> _cache = new(indexes, () => options.Timeline.CacheSize);

    /// <summary>How many timelines were computed so far (for tests).</summary>
    public int Computations => _cache.Computations;

    public Task<NetworkTimelineResult> GetAsync(TimelineRequest request, CancellationToken cancellationToken) =>
        _cache.GetAsync(request, (index, ct) => ComputeAsync(index, request, ct), cancellationToken);

    private async Task<NetworkTimelineResult> ComputeAsync(AdjacencyIndex index, TimelineRequest request, CancellationToken cancellationToken)
    {
        NetworkTimelineResult timeline = NetworkTimeline.Compute(index, request, options.Timeline, cancellationToken);
        HashSet<int> listed = [.. timeline.Years.SelectMany(y => y.New.Concat(y.Leaving))];
        Dictionary<int, string> names = await PartnerNames.LoadAsync(contexts, listed, cancellationToken).ConfigureAwait(false);
        foreach (TimelineYear year in timeline.Years)
        {
            year.NewPartners = [.. year.New.Select(Named)];
            year.LeavingPartners = [.. year.Leaving.Select(Named)];
        }

        return timeline;

        TimelinePartner Named(int id) => new() { PartnerId = id, Name = names.GetValueOrDefault(id) ?? "" };
    }
}
