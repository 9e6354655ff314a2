using Microsoft.Extensions.Options;

namespace CreativeGraph.GraphQL.AspNetCore.PersistedOperations;

/// <summary>The default <see cref="IPersistedQueryStore"/>: at most <c>AutomaticPersistedQueryCacheSize</c> documents, least recently used evicted.</summary>
internal sealed class InMemoryPersistedQueryStore(IOptions<PersistedOperationOptions> options) : IPersistedQueryStore
{
    private readonly int _capacity = Math.Max(1, options.Value.AutomaticPersistedQueryCacheSize);
    private readonly Dictionary<string, LinkedListNode<(string Hash, string Document)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Hash, string Document)> _recency = new();
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public ValueTask<string?> TryGetAsync(string hash, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(hash, out LinkedListNode<(string Hash, string Document)>? node))
            {
                return ValueTask.FromResult<string?>(null);
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return ValueTask.FromResult<string?>(node.Value.Document);
        }
    }

    public ValueTask SaveAsync(string hash, string document, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(hash, out LinkedListNode<(string Hash, string Document)>? existing))
            {
                _recency.Remove(existing);
            }
            else if (_entries.Count >= _capacity)
            {
                _entries.Remove(_recency.Last!.Value.Hash);
                _recency.RemoveLast();
            }

            _entries[hash] = _recency.AddFirst((hash, document));
        }

        return ValueTask.CompletedTask;
    }
}
