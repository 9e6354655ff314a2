namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// Runs one request's executor continuations as waves (HotChocolate's work-queue model over async/await):
/// every continuation of a resolver or of the executor is posted here and run by <see cref="RunAsync{T}"/>;
/// when the queue drains and loaders hold keys, the batches are dispatched, then the next wave runs.
/// Resolvers still run concurrently wherever they await I/O.
/// </summary>
internal sealed class ExecutionSynchronizationContext : SynchronizationContext
{
    private readonly Lock _lock = new();
    private readonly BatchScheduler _batches;
    private Queue<(SendOrPostCallback Callback, object? State)> _queue = new();
    private Queue<(SendOrPostCallback Callback, object? State)> _draining = new();
    private TaskCompletionSource? _signal;

    public ExecutionSynchronizationContext(BatchScheduler batches)
    {
        _batches = batches;
    }

    public override void Post(SendOrPostCallback d, object? state)
    {
        TaskCompletionSource? signal;
        lock (_lock)
        {
            _queue.Enqueue((d, state));
            signal = _signal;
            _signal = null;
        }

        signal?.TrySetResult();
    }

    public override void Send(SendOrPostCallback d, object? state) => d(state);

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>
    /// Starts <paramref name="root"/> on this context and pumps until it completes. Returns null when
    /// <paramref name="cancellationToken"/> fired first (the caller turns that into a timeout or cancellation result).
    /// </summary>
    public async ValueTask<Task<T>?> RunAsync<T>(Func<ValueTask<T>> root, CancellationTokenSource aborted, TimeSpan timeout)
    {
        CancellationToken cancellationToken = aborted.Token;
        ValueTask<T> started = RunOnContext(root);
        if (started.IsCompleted && !_batches.HasPending)
        {
            return Task.FromResult(started.Result);
        }

        // Only a request that goes asynchronous pays for the timeout timer.
        Task<T> task = started.AsTask();
        if (timeout != Timeout.InfiniteTimeSpan && timeout > TimeSpan.Zero)
        {
            aborted.CancelAfter(timeout);
        }

        using CancellationTokenRegistration registration = cancellationToken.Register(static s => ((ExecutionSynchronizationContext)s!).Wake(), this);
        while (true)
        {
            Drain();
            if (cancellationToken.IsCancellationRequested)
            {
                return null;
            }

            if (task.IsCompleted)
            {
                return task;
            }

            if (_batches.HasPending)
            {
                _ = RunOnContext(() =>
                {
                    _batches.DispatchAll();
                    return ValueTask.FromResult(true);
                });
                continue;
            }

            Task wait;
            lock (_lock)
            {
                if (_queue.Count > 0)
                {
                    continue;
                }

                _signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                wait = _signal.Task;
            }

            await wait.ConfigureAwait(false);
        }
    }

    private void Wake()
    {
        TaskCompletionSource? signal;
        lock (_lock)
        {
            signal = _signal;
            _signal = null;
        }

        signal?.TrySetResult();
    }

    private ValueTask<T> RunOnContext<T>(Func<ValueTask<T>> work)
    {
        SynchronizationContext? previous = Current;
        SetSynchronizationContext(this);
        try
        {
            return work();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    private void Drain()
    {
        SynchronizationContext? previous = Current;
        SetSynchronizationContext(this);
        try
        {
            while (true)
            {
                lock (_lock)
                {
                    if (_queue.Count == 0)
                    {
                        return;
                    }

                    (_queue, _draining) = (_draining, _queue);
                }

                while (_draining.TryDequeue(out (SendOrPostCallback Callback, object? State) item))
                {
                    item.Callback(item.State);
                }
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }
}
