namespace CreativeGraph.Api.Research.Index;

/// <summary>
/// Results computed on the adjacency index, kept per graph version (the index's fingerprint) and key. A computation
/// runs off the request thread, cancelled with the token of the request that started it; requests asking for the
/// same key meanwhile wait for it (each until its own token fires) and start again if it was cancelled or failed.
/// The least recently used results leave once more than the capacity are kept; a new graph version empties the cache.
/// </summary>
internal sealed class GraphVersionCache<TKey, TValue>(AdjacencyIndexProvider indexes, Func<int> capacity)
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, (Task<TValue> Task, long Used)> _entries = [];
    private string? _fingerprint;
    private long _clock;
    private int _computations;

    /// <summary>How many results were computed so far (for tests).</summary>
    public int Computations => Volatile.Read(ref _computations);

    public async Task<TValue> GetAsync(TKey key, Func<AdjacencyIndex, CancellationToken, Task<TValue>> compute, CancellationToken cancellationToken)
    {
        AdjacencyIndex index = await indexes.GetAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            Task<TValue> task = Entry(index, key, compute, cancellationToken);
            try
            {
                return await task.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // another request's computation was cancelled: compute again under this request's token
                Forget(key, task);
            }
            catch
            {
                Forget(key, task);
                throw;
            }
        }
    }

    private Task<TValue> Entry(AdjacencyIndex index, TKey key, Func<AdjacencyIndex, CancellationToken, Task<TValue>> compute, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_fingerprint != index.Fingerprint)
            {
                _entries.Clear();
                _fingerprint = index.Fingerprint;
            }

            if (_entries.TryGetValue(key, out var entry))
            {
                _entries[key] = (entry.Task, ++_clock);
                return entry.Task;
            }

            Task<TValue> task = Task.Run(
                async () =>
                {
                    TValue value = await compute(index, cancellationToken).ConfigureAwait(false);
                    Interlocked.Increment(ref _computations);
                    return value;
                },
                cancellationToken);
            _entries[key] = (task, ++_clock);
            while (_entries.Count > Math.Max(1, capacity()))
            {
                _entries.Remove(_entries.MinBy(e => e.Value.Used).Key);
            }

            return task;
        }
    }

    private void Forget(TKey key, Task<TValue> task)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var entry) && entry.Task == task && task.IsCompleted && !task.IsCompletedSuccessfully)
            {
                _entries.Remove(key);
            }
        }
    }
}
