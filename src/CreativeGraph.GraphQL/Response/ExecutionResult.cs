namespace CreativeGraph.GraphQL.Response;

/// <summary>
/// The result of a request (spec #sec-Response-Format). A request error result has no <c>data</c> entry
/// at all (<see cref="HasData"/> false); an executed request has <c>data</c>, possibly null after a
/// field error propagated to the root. Disposing a result once it is written returns the executor's result
/// maps to their pools (as HotChocolate's operation results do); an undisposed result is simply collected.
/// </summary>
public sealed class ExecutionResult : IDisposable
{
    private object? _data;
    private int _disposed;

    private ExecutionResult(bool hasData, object? data, IReadOnlyList<GraphQLError> errors, RequestErrorKind errorKind)
    {
        HasData = hasData;
        _data = data;
        Errors = errors;
        ErrorKind = errorKind;
    }

    /// <summary>True once execution started: the response carries a <c>data</c> entry (spec #sec-Data).</summary>
    public bool HasData { get; }

    /// <summary>
    /// The data written by the executor: its own result map, or any <c>IReadOnlyDictionary&lt;string, object?&gt;</c>
    /// / <c>IReadOnlyList&lt;object?&gt;</c> / JSON primitive tree. Null when <c>data</c> is null or absent,
    /// and after <see cref="Dispose"/>.
    /// </summary>
    public object? Data => _data;

    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>Response extensions (spec #sec-Response-Format, "extensions"), if any.</summary>
    public IDictionary<string, object?>? Extensions { get; set; }

    /// <summary>
    /// Set when the request is delivered incrementally and deferred fragments are pending: this result is then the
    /// initial payload (written with <c>pending</c> and <c>hasNext: true</c>).
    /// </summary>
    public IncrementalDelivery? Incremental { get; internal set; }

    /// <summary>Why the request failed before execution; <see cref="RequestErrorKind.None"/> once execution started, or for a result of only extensions.</summary>
    public RequestErrorKind ErrorKind { get; }

    /// <summary>Recycles the executor's result maps; the data must not be read (or written) afterwards.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            object? data = _data;
            _data = null;
            ResultMap.Recycle(data);
        }
    }

    public static ExecutionResult FromData(object? data, IReadOnlyList<GraphQLError>? errors = null) =>
        new(true, data, errors ?? [], RequestErrorKind.None);

    /// <summary>
    /// A response with only <c>extensions</c>: neither errors nor <c>data</c> (a request that asked only for its cost,
    /// <c>CostReporting.Validate</c>).
    /// </summary>
    public static ExecutionResult FromExtensions(IDictionary<string, object?> extensions) =>
        new(false, null, [], RequestErrorKind.None) { Extensions = extensions };

    public static ExecutionResult RequestError(RequestErrorKind kind, IReadOnlyList<GraphQLError> errors) =>
        new(false, null, errors, kind);

    public static ExecutionResult RequestError(RequestErrorKind kind, GraphQLError error) =>
        new(false, null, [error], kind);
}
