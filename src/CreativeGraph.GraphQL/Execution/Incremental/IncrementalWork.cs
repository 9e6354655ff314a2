using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// The deferred fragments and streams of one request met while executing (thread-safe: fields of a wave run
/// concurrently), in the order met. Each knows the result map it hangs from, which tells its position and whether it
/// survived error propagation (incremental delivery RFC: work under a nulled position is never announced).
/// </summary>
internal sealed class IncrementalWork
{
    // The record whose wave work is running on this logical flow (it flows into every await of that work).
    private static readonly AsyncLocal<IncrementalRecord?> s_running = new();

    private readonly Lock _lock = new();
    private readonly Dictionary<GraphQLError, IncrementalRecord> _errorOrigins = new(ReferenceEqualityComparer.Instance);
    private List<IncrementalRecord> _records = [];

    /// <summary>Marks the work started from here on (until the next call) as done for <paramref name="record"/>.</summary>
    public static void RunningFor(IncrementalRecord? record) => s_running.Value = record;

    public void Add(SelectionSetPlan plan, object? objectValue, ResultMap map)
    {
        lock (_lock)
        {
            foreach (DeferredFragment fragment in plan.Deferred!)
            {
                _records.Add(new DeferredRecord(fragment, plan, objectValue, map) { Origin = s_running.Value });
            }
        }
    }

    public void Add(StreamRecord stream)
    {
        lock (_lock)
        {
            stream.Origin = s_running.Value;
            _records.Add(stream);
        }
    }

    /// <summary>Notes which fragment or stream raised <paramref name="error"/> (none for the initial payload's errors).</summary>
    public void Raised(GraphQLError error)
    {
        if (s_running.Value is { } record)
        {
            lock (_lock)
            {
                _errorOrigins[error] = record;
            }
        }
    }

    /// <summary>The errors of <paramref name="errors"/> each fragment or stream of <paramref name="records"/> raised.</summary>
    public List<GraphQLError>[] ErrorsOf(IEnumerable<GraphQLError> errors, List<IncrementalRecord> records)
    {
        Dictionary<IncrementalRecord, List<GraphQLError>> own = records.ToDictionary(r => r, _ => new List<GraphQLError>());
        lock (_lock)
        {
            foreach (GraphQLError error in errors)
            {
                if (_errorOrigins.Remove(error, out IncrementalRecord? origin) && own.TryGetValue(origin, out List<GraphQLError>? list))
                {
                    list.Add(error);
                }
            }
        }

        return [.. records.Select(r => own[r])];
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

    /// <summary>The fragment or stream whose delivery met this one; null when met by the initial payload.</summary>
    public IncrementalRecord? Origin { get; set; }

    /// <summary>
    /// True when the record was met inside work that was not delivered: a deferred fragment that failed as a whole,
    /// or a streamed item that failed (and, for non-null items, every item after it).
    /// </summary>
    public bool IsWithheld => Origin switch
    {
        DeferredRecord { Failed: true } => true,
        StreamRecord stream => stream.Withholds(Path.ToList()),
        _ => false,
    };

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

        // A map under a nested list, a deferred fragment or a streamed item starts from a built path: its list was
        // delivered if its top was (work in fragments and items that were not delivered is filtered by its origin).
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

    /// <summary>The fragment's own fields (without those its object already delivered); set when it is announced.</summary>
    public SelectionSetPlan? Plan { get; set; }

    /// <summary>True when a non-null field of the fragment failed, so none of it was delivered.</summary>
    public bool Failed { get; set; }

    public override string? Label => Fragment.Label;

    public override ResponsePath Path => ParentMap.Position.Materialize();

    public override bool IsDelivered(HashSet<ResultMap> delivered) => IsUnder(ParentMap, delivered);
}
