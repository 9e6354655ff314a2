namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// Runs one request's executor continuations as waves (HotChocolate's work-queue model over async/await):
/// every continuation of a resolver or of the executor is posted here and run by <see cref="RunAsync{T}"/>;
/// when the queue drains and loaders hold keys, the batches are dispatched, then the next wave runs.
/// Resolvers still run concurrently wherever they await I/O.
/// </summary>
internal sealed class ExecutionSynchronizationContext : SynchronizationContext
{
    // The timer may fire while the request's source is being disposed; a disposed source has nothing left to stop.
    private static readonly TimerCallback s_abort = static state =>
    {
        try
        {
            ((CancellationTokenSource)state!).Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    };

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
    /// Starts <paramref name="root"/> on this context and pumps until it completes, then runs <paramref name="cleanUp"/>
    /// (the resolvers' <see cref="TypeSystem.IResolverContext.RegisterForCleanup"/>). Returns null when
    /// <paramref name="aborted"/> fired first (the caller turns that into a timeout or cancellation result); the
    /// cleanup then runs once the work left behind has finished.
    /// </summary>
    /// <remarks>
    /// The clock (<paramref name="clock"/>, the options' <see cref="RequestExecutorOptions.TimeProvider"/>) starts
    /// before the first resolver runs: SQLite runs its statements on the calling thread, so a
    /// whole request can complete inside the first synchronous step, and only a timer armed before it can
    /// interrupt it (through the token every resolver, loader and database command receives). Once the token
    /// fires, the pump stops between two continuations; what is still queued then finishes in the background,
    /// where it sees the cancelled token, gives its database contexts back and never reaches the response.
    /// The pump runs on the request's own thread: a continuation that blocks without watching the token (no
    /// database command does: SQLite's are interrupted, PostgreSQL's cancelled) delays the answer until it returns.
    /// Handing the pump to another thread would bound even that, but the hop cost every asynchronous request
    /// about 75 µs (a single-partner lookup: 173 µs against 248 µs in RequestPathBenchmarks), a third of its time.
    /// </remarks>
    public async ValueTask<Task<T>?> RunAsync<T>(Func<ValueTask<T>> root, CancellationTokenSource aborted, TimeSpan timeout, TimeProvider clock, Func<ValueTask> cleanUp)
    {
        using ITimer? timer = timeout != Timeout.InfiniteTimeSpan && timeout > TimeSpan.Zero
            ? clock.CreateTimer(s_abort, aborted, timeout, Timeout.InfiniteTimeSpan)
            : null;
        CancellationToken cancellationToken = aborted.Token;
        ValueTask<T> started = RunOnContext(root);
        if (started.IsCompleted && !_batches.HasPending && !cancellationToken.IsCancellationRequested)
        {
            await cleanUp().ConfigureAwait(false);
            return Task.FromResult(started.Result);
        }

        Task<T> task = started.AsTask();
        using (cancellationToken.Register(static s => ((ExecutionSynchronizationContext)s!).Wake(), this))
        {
            if (await PumpAsync(task, cancellationToken).ConfigureAwait(false))
            {
                await cleanUp().ConfigureAwait(false);
                return task;
            }
        }

        _ = FinishInBackgroundAsync(task, cleanUp);
        return null;
    }

    // Runs what a timed-out or cancelled request left queued until its root completes, then its cleanups; errors are
    // the request's, already answered.
    private async Task FinishInBackgroundAsync(Task task, Func<ValueTask> cleanUp)
    {
        await Task.Yield();
        try
        {
            await PumpAsync(task, CancellationToken.None).ConfigureAwait(false);
            await task.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The response was sent with HC0045 or HC0049; nothing is left to report this to.
        }

        try
        {
            await cleanUp().ConfigureAwait(false);
        }
        catch (Exception)
        {
            // As above: the request was answered already.
        }
    }

    // True when the task completed, false when stop fired first.
    private async ValueTask<bool> PumpAsync(Task task, CancellationToken stop)
    {
        while (true)
        {
            Drain(stop);
            if (stop.IsCancellationRequested)
            {
                return false;
            }

            if (task.IsCompleted)
            {
                return true;
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

    // What a stopped drain had not run yet goes back to the front of the queue, in order.
    private void RequeueDraining()
    {
        lock (_lock)
        {
            while (_queue.TryDequeue(out (SendOrPostCallback Callback, object? State) item))
            {
                _draining.Enqueue(item);
            }

            (_queue, _draining) = (_draining, _queue);
        }
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

    private void Drain(CancellationToken stop)
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
                    if (stop.IsCancellationRequested)
                    {
                        RequeueDraining();
                        return;
                    }
                }
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }
}
