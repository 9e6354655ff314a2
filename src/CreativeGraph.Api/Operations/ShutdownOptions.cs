namespace CreativeGraph.Api.Operations;

/// <summary>Graceful shutdown (<c>Shutdown</c> section): how long requests in flight may take to finish.</summary>
internal sealed class ShutdownOptions
{
    public const string Section = "Shutdown";

    /// <summary>
    /// After a stop signal (SIGTERM, Ctrl+C), requests already running get this long to finish while new ones are
    /// answered 503 with <c>Retry-After</c>; then the host stops (default 30 s).
    /// </summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
