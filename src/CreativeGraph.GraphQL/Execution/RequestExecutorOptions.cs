using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>Limits and switches of a <see cref="RequestExecutor"/> (HotChocolate's defaults unless noted).</summary>
public sealed class RequestExecutorOptions
{
    /// <summary>The deepest field nesting an operation may have (fragments expanded); null = unlimited.</summary>
    public int? MaxExecutionDepth { get; set; }

    /// <summary>The most fields (selections, fragments expanded) an operation may select; null = unlimited.</summary>
    public int? MaxFieldCount { get; set; }

    /// <summary>The most aliased fields an operation may use; null = unlimited.</summary>
    public int? MaxAliases { get; set; }

    /// <summary>The most field cost an operation may have (see <c>Execution/Cost</c>); null = no limit.</summary>
    public double? MaxCost { get; set; } = 1000;

    /// <summary>
    /// The most type cost (objects the response can hold, see <c>Execution/Cost</c>) an operation may have; null (the
    /// default) = reported but not limited. HotChocolate limits it to 1000 by default.
    /// </summary>
    public double? MaxTypeCost { get; set; }

    /// <summary>
    /// The most elements any list in a request's inputs may have (arguments and variables, at any depth, e.g. a
    /// filter's <c>in</c>); a longer one refuses the request before execution (HC0097). Default 1000; null = unlimited.
    /// </summary>
    public int? MaxInputListLength { get; set; } = 1000;

    /// <summary>
    /// How long one request may run before it ends with HC0045 (default 30 s). The clock starts before the first
    /// resolver; resolvers, loaders and database commands receive the cancellation through the request's token.
    /// </summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The clock <see cref="ExecutionTimeout"/> runs on and request durations (telemetry, <see cref="RequestObserver"/>)
    /// are measured with: the system's, unless a test supplies its own.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>When true, unexpected resolver exceptions show their message and stack trace in extensions.</summary>
    public bool IncludeExceptionDetails { get; set; }

    /// <summary>
    /// Turns an exception a resolver or loader raised into a coded error (HotChocolate's error filters); null from
    /// it, or no filter, leaves the error "Unexpected Execution Error" (HC0001). The path is set by the executor.
    /// </summary>
    public Func<Exception, GraphQLError?>? ErrorFilter { get; set; }

    /// <summary>When false, selecting <c>__schema</c> or <c>__type</c> is a request error (HC0046).</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>Parser limits (tokens, nesting depth, document size); null = <see cref="ParserOptions.Default"/>.</summary>
    public ParserOptions? ParserOptions { get; set; }

    /// <summary>How many parsed and validated documents the executor keeps (least recently used are evicted).</summary>
    public int DocumentCacheSize { get; set; } = 256;

    /// <summary>
    /// Creates data loaders that the request services do not provide; receives the loader type and the
    /// request services. Without it, loaders need a public parameterless constructor.
    /// </summary>
    public Func<Type, IServiceProvider?, object>? DataLoaderFactory { get; set; }

    /// <summary>
    /// Told of every finished request with its operation, document hash, cost and duration (e.g. the server's request
    /// log); null = none. Traces and metrics need no observer: see <c>Diagnostics.GraphQLTelemetry</c>.
    /// </summary>
    public Diagnostics.IRequestObserver? RequestObserver { get; set; }
}
