using CreativeGraph.GraphQL.Execution.Diagnostics;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// The promise cache and batch of a data loader (HotChocolate's DataLoader model): within one request each
/// key is loaded once, concurrent loads of a key share one task, and keys requested while the executor
/// runs a wave of resolvers are fetched together when that wave settles.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value a key loads to.</typeparam>
public abstract partial class DataLoaderBase<TKey, TValue> : IDataLoader
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _cache = [];
    private List<KeyValuePair<TKey, TaskCompletionSource<TValue>>>? _batch;
    private IBatchScheduler? _scheduler;

    /// <summary>How many batches this loader fetched (useful in tests and diagnostics).</summary>
    public int BatchCount { get; private set; }

    /// <summary>Cancels fetches when the request ends.</summary>
    protected CancellationToken RequestAborted { get; private set; }

    /// <inheritdoc />
    public void Attach(IBatchScheduler scheduler) => _scheduler = scheduler;

    /// <summary>Loads one key; the value may come from this request's cache or from the next batch.</summary>
    public Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default)
    {
        bool first;
        TaskCompletionSource<TValue>? promise;
        lock (_lock)
        {
            if (_cache.TryGetValue(key, out promise))
            {
                return promise.Task;
            }

            promise = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
            _cache[key] = promise;
            _batch ??= [];
            _batch.Add(new(key, promise));
            first = _batch.Count == 1;
            if (cancellationToken.CanBeCanceled)
            {
                RequestAborted = cancellationToken;
            }
        }

        if (first)
        {
            if (_scheduler is null)
            {
                // Outside the executor: batch what is requested before the thread pool runs the dispatch.
                _ = Task.Run(DispatchAsync, CancellationToken.None);
            }
            else
            {
                _scheduler.Schedule(DispatchAsync);
            }
        }

        return promise.Task;
    }

    /// <summary>Loads several keys (in one batch with any other pending keys).</summary>
    public async Task<IReadOnlyList<TValue>> LoadAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken = default)
    {
        Task<TValue>[] tasks = new Task<TValue>[keys.Count];
        for (int i = 0; i < tasks.Length; i++)
        {
            tasks[i] = LoadAsync(keys[i], cancellationToken);
        }

        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    /// <summary>Puts a value into this request's cache (e.g. an entity another loader already fetched).</summary>
    public void Set(TKey key, TValue value)
    {
        lock (_lock)
        {
            if (!_cache.ContainsKey(key))
            {
                TaskCompletionSource<TValue> promise = new();
                promise.SetResult(value);
                _cache[key] = promise;
            }
        }
    }

    /// <summary>Fetches the values of one batch of distinct keys and completes each key's promise.</summary>
    private protected abstract Task FetchAsync(IReadOnlyList<KeyValuePair<TKey, TaskCompletionSource<TValue>>> batch, CancellationToken cancellationToken);

    private async Task DispatchAsync()
    {
        List<KeyValuePair<TKey, TaskCompletionSource<TValue>>>? batch;
        lock (_lock)
        {
            batch = _batch;
            _batch = null;
        }

        if (batch is null || batch.Count == 0)
        {
            return;
        }

        // The request's token, even when a caller passed none: a timed-out request fetches nothing more.
        CancellationToken cancellationToken = RequestAborted.CanBeCanceled ? RequestAborted : _scheduler?.RequestAborted ?? default;
        if (cancellationToken.IsCancellationRequested)
        {
            foreach (KeyValuePair<TKey, TaskCompletionSource<TValue>> entry in batch)
            {
                entry.Value.TrySetCanceled(cancellationToken);
            }

            return;
        }

        BatchCount++;
        try
        {
            // Observed (a span and the batch size) only while someone listens; otherwise the fetch alone.
            await (GraphQLTelemetry.ObservesBatches ? FetchObservedAsync(batch, cancellationToken) : FetchAsync(batch, cancellationToken)).ConfigureAwait(true);
        }
        catch (Exception ex)
        {
            foreach (KeyValuePair<TKey, TaskCompletionSource<TValue>> entry in batch)
            {
                entry.Value.TrySetException(ex);
            }
        }
    }
}
