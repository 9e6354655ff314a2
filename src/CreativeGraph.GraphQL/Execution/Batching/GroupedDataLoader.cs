namespace CreativeGraph.GraphQL.Execution;

/// <summary>A group loader (key → values[]): one <see cref="LoadBatchAsync"/> call per wave; missing keys load as empty.</summary>
public abstract class GroupedDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue[]>
    where TKey : notnull
{
    /// <summary>Fetches the values of distinct keys, grouped by key (e.g. child rows by parent id).</summary>
    protected internal abstract Task<ILookup<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected override async Task FetchAsync(IReadOnlyList<KeyValuePair<TKey, TaskCompletionSource<TValue[]>>> batch, CancellationToken cancellationToken)
    {
        TKey[] keys = new TKey[batch.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = batch[i].Key;
        }

        ILookup<TKey, TValue> values = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(true);
        foreach (KeyValuePair<TKey, TaskCompletionSource<TValue[]>> entry in batch)
        {
            entry.Value.TrySetResult([.. values[entry.Key]]);
        }
    }
}
