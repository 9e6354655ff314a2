namespace CreativeGraph.GraphQL.Execution;

/// <summary>A batch loader (key → value): one <see cref="LoadBatchAsync"/> call per wave; missing keys load as default.</summary>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    /// <summary>Fetches the values of distinct keys, e.g. with one <c>WHERE id IN (…)</c> statement.</summary>
    protected internal abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected override async Task FetchAsync(IReadOnlyList<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> batch, CancellationToken cancellationToken)
    {
        TKey[] keys = new TKey[batch.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = batch[i].Key;
        }

        IReadOnlyDictionary<TKey, TValue> values = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(true);
        foreach (KeyValuePair<TKey, TaskCompletionSource<TValue?>> entry in batch)
        {
            entry.Value.TrySetResult(values.TryGetValue(entry.Key, out TValue? value) ? value : default);
        }
    }
}
