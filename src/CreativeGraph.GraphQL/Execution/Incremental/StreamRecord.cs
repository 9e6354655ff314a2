using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// One streamed list (incremental delivery RFC, <c>@stream</c>): the field's first <see cref="StreamUsage.InitialCount"/>
/// items were completed with the field (<see cref="InitialItems"/>, the array stored in the parent map's slot); the
/// items after them are completed in a later wave and delivered as one <c>incremental</c> entry with <c>items</c>.
/// Our resolvers return whole lists, so every remaining item is available at once, as for a synchronous iterable in
/// graphql-js 17, which likewise sends all items available in one entry.
/// </summary>
internal sealed class StreamRecord(
    StreamUsage usage,
    CollectedField selection,
    IType itemType,
    IReadOnlyList<object?> source,
    object?[] initialItems,
    ResultMap parentMap,
    int slot) : IncrementalRecord
{
    public CollectedField Selection { get; } = selection;

    public IType ItemType { get; } = itemType;

    /// <summary>The whole list the resolver returned.</summary>
    public IReadOnlyList<object?> Source { get; } = source;

    public int InitialCount { get; } = initialItems.Length;

    public override string? Label => usage.Label;

    private ResponsePath? _path;
    private HashSet<int>? _nulled;

    public override ResponsePath Path => _path ??= LazyPath.Field(parentMap, slot).Materialize();

    // The list survived when its parent map's slot still holds the initial items and that map is delivered.
    public override bool IsDelivered(HashSet<ResultMap> delivered) =>
        ReferenceEquals(parentMap.Values[slot], initialItems) && IsUnder(parentMap, delivered);

    /// <summary>
    /// The entries of one wave's completed <paramref name="values"/> (the items after the initial ones, with
    /// <see cref="OperationExecutor.Invalid"/> where an item raised an error) and the errors raised under the list.
    /// A nullable item that failed is null with its errors in the entry; a non-null item that failed ends the stream
    /// there (spec #sec-Handling-Execution-Errors, applied to the item as the RFC does): the items before it are
    /// delivered, the stream completes with its errors, and <see cref="WithheldFrom"/> tells the first index whose
    /// work must not be announced.
    /// </summary>
    public (IncrementalResult? Items, CompletedResult Completed) Deliver(object?[] values, List<GraphQLError> errors)
    {
        int failed = Array.FindIndex(values, v => ReferenceEquals(v, OperationExecutor.Invalid));
        bool ends = failed >= 0 && ItemType.IsNonNull();
        int delivered = ends ? failed : values.Length;
        int withheldFrom = WithheldFrom = ends ? InitialCount + failed : -1;
        object?[] items = new object?[delivered];
        for (int i = 0; i < delivered; i++)
        {
            if (ReferenceEquals(values[i], OperationExecutor.Invalid))
            {
                (_nulled ??= []).Add(InitialCount + i);
            }
            else
            {
                items[i] = values[i];
            }
        }

        List<GraphQLError> itemErrors = [];
        List<GraphQLError> endErrors = [];
        foreach (GraphQLError error in errors)
        {
            int index = ItemIndex(error);
            if (!ends || index < withheldFrom)
            {
                itemErrors.Add(error);
            }
            else if (index == withheldFrom)
            {
                endErrors.Add(error);
            }
        }

        IncrementalResult? entry = delivered > 0 ? new IncrementalResult(Id, null, itemErrors) { Items = items } : null;
        return (entry, new CompletedResult(Id, ends ? endErrors : null));
    }

    /// <summary>The index of the item that ended the stream (nothing from it on was delivered); -1 while it has not.</summary>
    public int WithheldFrom { get; private set; } = -1;

    /// <summary>True when <paramref name="path"/> lies under an item of this list that was null or not delivered.</summary>
    public bool Withholds(IReadOnlyList<object> path)
    {
        IReadOnlyList<object> list = Path.ToList();
        return path.Count > list.Count
            && path[list.Count] is int index
            && ((WithheldFrom >= 0 && index >= WithheldFrom) || _nulled?.Contains(index) == true)
            && path.Take(list.Count).SequenceEqual(list);
    }

    // The list index an error under the list was raised at (its path continues the list's path with the index).
    private int ItemIndex(GraphQLError error)
    {
        int depth = Path.ToList().Count;
        return error.Path?.ToList() is { } path && path.Count > depth && path[depth] is int index ? index : -1;
    }
}
