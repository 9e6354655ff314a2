using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// The deferred fragments of one request met while executing (thread-safe: fields of a wave run concurrently),
/// each with the object it applies to and the result map of that object, which tells its position and whether it
/// survived error propagation (incremental delivery RFC: a fragment under a nulled parent is never announced).
/// </summary>
internal sealed class DeferredWork
{
    private readonly Lock _lock = new();
    private List<DeferredRecord> _records = [];

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

    /// <summary>The records met since the last call.</summary>
    public List<DeferredRecord> Take()
    {
        lock (_lock)
        {
            List<DeferredRecord> taken = _records;
            _records = [];
            return taken;
        }
    }
}

/// <summary>One deferred fragment on one object; <see cref="Id"/> is given when it is announced as pending.</summary>
internal sealed class DeferredRecord(DeferredFragment fragment, SelectionSetPlan parent, object? objectValue, ResultMap parentMap)
{
    public DeferredFragment Fragment { get; } = fragment;

    /// <summary>The plan of the selection set the fragment was set aside from (its fields are already delivered).</summary>
    public SelectionSetPlan Parent { get; } = parent;

    public object? ObjectValue { get; } = objectValue;

    public ResultMap ParentMap { get; } = parentMap;

    public string Id { get; set; } = "";

    public ResponsePath Path => ParentMap.Position.Materialize();

    /// <summary>
    /// True when the object's result map is still part of the response: each parent slot (or list item) up to a top
    /// map still holds it, and the top map is one that was delivered (<paramref name="delivered"/>).
    /// </summary>
    public bool IsDelivered(HashSet<ResultMap> delivered)
    {
        ResultMap map = ParentMap;
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

        // A map under a nested list starts from a built path: its list was delivered if its top was.
        return delivered.Contains(map) || !map.Position.Materialize().IsRoot;
    }
}
