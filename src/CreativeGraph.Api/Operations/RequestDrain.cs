using Microsoft.Extensions.Options;

namespace CreativeGraph.Api.Operations;

/// <summary>
/// Graceful shutdown. On a stop signal the host first tells its lifecycle services that it is stopping, before it
/// stops any of them (the web server included): from then on new requests are answered 503 with <c>Retry-After</c> and <c>Connection: close</c>
/// (a load balancer moves them to another instance), while the requests already running get up to
/// <see cref="ShutdownOptions.DrainTimeout"/> to finish; only then does the web server stop listening.
/// </summary>
internal sealed class RequestDrain(IOptions<ShutdownOptions> options, ILogger<RequestDrain> logger) : IHostedLifecycleService, IMiddleware
{
    private readonly TaskCompletionSource _idle = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private volatile bool _draining;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (_draining)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "1";
            context.Response.Headers.Connection = "close";
            return;
        }

        Interlocked.Increment(ref _inFlight);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            if (Interlocked.Decrement(ref _inFlight) == 0 && _draining)
            {
                _idle.TrySetResult();
            }
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // The host calls this on every lifecycle service before it stops the first service, so the web server still
    // accepts connections (and this middleware answers them 503) while the requests in flight finish.
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        _draining = true;
        int running = Volatile.Read(ref _inFlight);
        if (running == 0)
        {
            return;
        }

        logger.LogInformation("Stopping: waiting up to {Drain} for {Count} request(s) in flight; new requests get 503.", options.Value.DrainTimeout, running);
        try
        {
            await _idle.Task.WaitAsync(options.Value.DrainTimeout, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Every request in flight has finished.");
        }
        catch (TimeoutException)
        {
            logger.LogWarning("{Count} request(s) still running after {Drain}; stopping anyway.", Volatile.Read(ref _inFlight), options.Value.DrainTimeout);
        }
    }
}
