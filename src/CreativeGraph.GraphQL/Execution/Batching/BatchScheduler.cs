namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// The request's pending batches. Loaders register a dispatch when their first key of a wave arrives; the
/// executor calls <see cref="DispatchAll"/> once every resolver it can run has run, so sibling and cousin
/// fields of one level share one batch per loader.
/// </summary>
internal sealed class BatchScheduler : IBatchScheduler
{
    private readonly Lock _lock = new();
    private List<Func<Task>>? _pending;

    public BatchScheduler(CancellationToken requestAborted = default)
    {
        RequestAborted = requestAborted;
    }

    public CancellationToken RequestAborted { get; }

    public bool HasPending
    {
        get
        {
            lock (_lock)
            {
                return _pending is { Count: > 0 };
            }
        }
    }

    public void Schedule(Func<Task> dispatch)
    {
        lock (_lock)
        {
            (_pending ??= []).Add(dispatch);
        }
    }

    /// <summary>Starts every pending dispatch (on the caller's synchronization context).</summary>
    public void DispatchAll()
    {
        List<Func<Task>>? pending;
        lock (_lock)
        {
            pending = _pending;
            _pending = null;
        }

        if (pending is null)
        {
            return;
        }

        foreach (Func<Task> dispatch in pending)
        {
            _ = dispatch();
        }
    }
}
