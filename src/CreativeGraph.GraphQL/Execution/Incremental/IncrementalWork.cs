using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// The deferred fragments and streams of one request met while executing (thread-safe: fields of a wave run
/// concurrently), in the order met. Each knows the result map it hangs from, which tells its position and whether it
/// survived error propagation (incremental delivery RFC: work under a nulled position is never announced).
/// </summary>
internal sealed class IncrementalWork
{
    private readonly Lock _lock = new();
    private List<IncrementalRecord> _records = [];

    public void Add(SelectionSetPlan plan, object? objectValue, ResultMap map)
    {
        lock (_lock)
        {
            foreach (DeferredFragment fragment in plan.Deferred!)
            {
                _records.Add(new DeferredRecord(fragment, plan, objectValue, map));
            }
        }
    }

    public void Add(StreamRecord stream)
    {
        lock (_lock)
        {
            _records.Add(stream);
        }
    }

    /// <summary>The records met since the last call.</summary>
    public List<IncrementalRecord> Take()
    {
        lock (_lock)
        {
            List<IncrementalRecord> taken = _records;
            _records = [];
            return taken;
        }
    }
}

/// <summary>A deferred fragment or a stream; <see cref="Id"/> is given when it is announced as pending.</summary>
internal abstract class IncrementalRecord
{
    public string Id { get; set; } = "";

    public abstract string? Label { get; }

    /// <summary>The fragment's object, or the streamed list.</summary>
    public abstract ResponsePath Path { get; }

    /// <summary>True when the record's position is still part of the response (see <see cref="IsUnder"/>).</summary>
    public abstract bool IsDelivered(HashSet<ResultMap> delivered);

    /// <summary>
    /// True when <paramref name="map"/> is still part of the response: each parent slot (or list item) up to a top
    /// map still holds it, and the top map is one that was delivered (<paramref name="delivered"/>).
    /// </summary>
    protected static bool IsUnder(ResultMap map, HashSet<ResultMap> delivered)
    {
        while (map.Position.TryGetParent(out ResultMap parent, out int slot, out int index))
        {
            object? value = parent.Values[slot];
            bool holds = index < 0 ? ReferenceEquals(value, map) : value is object?[] items && index < items.Length && ReferenceEquals(items[index], map);
            if (!holds)
            {
                return false;
            }

            map = parent;
        }

        // A map under a nested list or a streamed item starts from a built path: its list was delivered if its top
        // was (streamed items that were not delivered are filtered by path).
        return delivered.Contains(map) || !map.Position.Materialize().IsRoot;
    }
}

/// <summary>One deferred fragment on one object.</summary>
internal sealed class DeferredRecord(DeferredFragment fragment, SelectionSetPlan parent, object? objectValue, ResultMap parentMap) : IncrementalRecord
{
    public DeferredFragment Fragment { get; } = fragment;

    /// <summary>The plan of the selection set the fragment was set aside from (its fields are already delivered).</summary>
    public SelectionSetPlan Parent { get; } = parent;

    public object? ObjectValue { get; } = objectValue;

    public ResultMap ParentMap { get; } = parentMap;

    public override string? Label => Fragment.Label;

    public override ResponsePath Path => ParentMap.Position.Materialize();

    public override bool IsDelivered(HashSet<ResultMap> delivered) => IsUnder(ParentMap, delivered);
}
