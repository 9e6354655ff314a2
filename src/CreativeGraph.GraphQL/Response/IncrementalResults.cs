namespace CreativeGraph.GraphQL.Response;

/// <summary>
/// What a request delivered incrementally (<c>@defer</c>, <c>@stream</c>) adds to its initial result: the fragments still pending
/// and the later payloads (incremental delivery RFC, in the format graphql-js 17 writes). Reading
/// <see cref="ReadSubsequentAsync"/> runs the deferred fragments and the streamed items; it must be read to its end once.
/// </summary>
public sealed class IncrementalDelivery
{
    private readonly Func<CancellationToken, IAsyncEnumerable<SubsequentResult>> _subsequent;

    internal IncrementalDelivery(IReadOnlyList<PendingResult> pending, Func<CancellationToken, IAsyncEnumerable<SubsequentResult>> subsequent)
    {
        Pending = pending;
        _subsequent = subsequent;
    }

    /// <summary>The initial payload's <c>pending</c> entries.</summary>
    public IReadOnlyList<PendingResult> Pending { get; }

    /// <summary>The subsequent payloads, the last with <c>hasNext: false</c>.</summary>
    public IAsyncEnumerable<SubsequentResult> ReadSubsequentAsync(CancellationToken cancellationToken = default) => _subsequent(cancellationToken);
}

/// <summary>A <c>pending</c> entry: <c>{ id, path, label }</c>; <see cref="Path"/> holds field names and list indexes.</summary>
public sealed record PendingResult(string Id, IReadOnlyList<object> Path, string? Label);

/// <summary>
/// An <c>incremental</c> entry: <c>{ id, data, errors }</c>, the fields of a deferred fragment, or, when
/// <see cref="Items"/> is set, <c>{ id, items, errors }</c>, the next items of a streamed list.
/// </summary>
public sealed record IncrementalResult(string Id, object? Data, IReadOnlyList<GraphQLError> Errors)
{
    /// <summary>The streamed list's next items (<c>@stream</c>); null for a deferred fragment's data.</summary>
    public IReadOnlyList<object?>? Items { get; init; }
}

/// <summary>
/// A <c>completed</c> entry: <c>{ id, errors }</c>; errors when the fragment failed as a whole (no data sent) or the
/// stream ended at an item that could not be completed.
/// </summary>
public sealed record CompletedResult(string Id, IReadOnlyList<GraphQLError>? Errors);

/// <summary>A subsequent payload: <c>{ pending, incremental, completed, hasNext }</c> (empty lists are left out).</summary>
public sealed record SubsequentResult(
    IReadOnlyList<PendingResult> Pending,
    IReadOnlyList<IncrementalResult> Incremental,
    IReadOnlyList<CompletedResult> Completed,
    bool HasNext);
