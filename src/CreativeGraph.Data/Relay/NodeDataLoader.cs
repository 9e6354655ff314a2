using CreativeGraph.Data.Core;
using CreativeGraph.GraphQL.Execution;

namespace CreativeGraph.Data.Relay;

/// <summary>
/// Resolves <c>node</c>/<c>nodes</c> ids for one request: the ids asked for in one wave are fetched together,
/// one statement per node type.
/// </summary>
public sealed class NodeDataLoader(IServiceProvider services) : BatchDataLoader<NodeDataLoader.Key, object>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<Key, object>> LoadBatchAsync(IReadOnlyList<Key> keys, CancellationToken cancellationToken)
    {
        Dictionary<Key, object> found = [];
        foreach (IGrouping<NodeType, Key> group in keys.GroupBy(k => k.Type))
        {
            IReadOnlyDictionary<int, object> rows = await group.Key.LoadAsync(services, [.. group.Select(k => k.Id)], cancellationToken).ConfigureAwait(true);
            foreach (Key key in group)
            {
                if (rows.TryGetValue(key.Id, out object? row))
                {
                    found[key] = row;
                }
            }
        }

        return found;
    }

    /// <summary>A node to load: its type and key.</summary>
    public readonly record struct Key
    {
        internal Key(NodeType type, int id)
        {
            Type = type;
            Id = id;
        }

        internal NodeType Type { get; }

        internal int Id { get; }
    }
}
