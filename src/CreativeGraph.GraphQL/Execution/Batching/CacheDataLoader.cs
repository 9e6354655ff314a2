namespace CreativeGraph.GraphQL.Execution;

/// <summary>A cache loader: no batching, but each key is loaded once per request (<see cref="LoadSingleAsync"/>).</summary>
public abstract class CacheDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue>
    where TKey : notnull
{
    /// <summary>Fetches the value of one key.</summary>
    protected internal abstract Task<TValue> LoadSingleAsync(TKey key, CancellationToken cancellationToken);

    private protected override async Task FetchAsync(IReadOnlyList<KeyValuePair<TKey, TaskCompletionSource<TValue>>> batch, CancellationToken cancellationToken)
    {
        foreach (KeyValuePair<TKey, TaskCompletionSource<TValue>> entry in batch)
        {
            try
            {
                entry.Value.TrySetResult(await LoadSingleAsync(entry.Key, cancellationToken).ConfigureAwait(true));
            }
            catch (Exception ex)
            {
                entry.Value.TrySetException(ex);
            }
        }
    }
}
