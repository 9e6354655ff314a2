using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CreativeGraph.GraphQL.Execution.Diagnostics;

/// <summary>
/// The engine's traces and metrics, under one name (<see cref="Name"/>) for its <see cref="ActivitySource"/> and its
/// <see cref="Meter"/>. Spans: the request (OpenTelemetry's GraphQL server span: kind server, named after the operation
/// type, with <c>graphql.operation.name</c>, <c>graphql.operation.type</c> and <c>graphql.document.hash</c>), and inside
/// it parsing and validation (only when the document is new to the cache), execution and each data loader batch.
/// Nothing is created while no listener is attached: every span and measurement is behind
/// <see cref="ActivitySource.HasListeners"/> or the instrument's <see cref="Instrument.Enabled"/>.
/// </summary>
public static class GraphQLTelemetry
{
    /// <summary>The name of the engine's activity source and meter.</summary>
    public const string Name = "CreativeGraph.GraphQL";

    /// <summary>Span names.</summary>
    public const string ParseSpan = "graphql.parse";

    public const string ValidateSpan = "graphql.validate";

    public const string ExecuteSpan = "graphql.execute";

    public const string BatchSpan = "graphql.dataloader.batch";

    /// <summary>The request span's name while the operation type is not known (a syntax error, say).</summary>
    public const string UnknownOperationSpan = "GraphQL Operation";

    /// <summary>Attribute names: OpenTelemetry's GraphQL conventions, and ours where they have none.</summary>
    public const string OperationNameAttribute = "graphql.operation.name";

    public const string OperationTypeAttribute = "graphql.operation.type";

    public const string DocumentHashAttribute = "graphql.document.hash";

    public const string OperationCostAttribute = "graphql.operation.cost";

    public const string ErrorCodeAttribute = "graphql.error.code";

    public const string ErrorTypeAttribute = "error.type";

    public const string LoaderNameAttribute = "graphql.dataloader.name";

    public const string BatchSizeAttribute = "graphql.dataloader.batch.size";

    private static readonly ConcurrentDictionary<Type, string> s_loaderNames = new();

    internal static readonly ActivitySource Source = new(Name, typeof(GraphQLTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Meter Meter = new(Name, typeof(GraphQLTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Histogram<double> RequestDuration = Meter.CreateHistogram(
        "graphql.server.request.duration",
        unit: "s",
        description: "Time from receiving a request to its (first) result, by operation.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30] });

    internal static readonly Counter<long> Errors = Meter.CreateCounter<long>(
        "graphql.server.errors",
        unit: "{error}",
        description: "Errors in results, by error code (extensions.code).");

    internal static readonly Histogram<double> OperationCost = Meter.CreateHistogram(
        "graphql.server.operation.cost",
        unit: "{cost}",
        description: "The field cost of each analysed operation (what GraphQL:Execution:MaxCost limits).",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000] });

    internal static readonly Histogram<int> BatchSize = Meter.CreateHistogram(
        "graphql.server.dataloader.batch.size",
        unit: "{key}",
        description: "Distinct keys fetched by one data loader batch.",
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] });

    internal static readonly UpDownCounter<long> ActiveRequests = Meter.CreateUpDownCounter<long>(
        "graphql.server.active_requests",
        unit: "{request}",
        description: "Requests being executed.");

    /// <summary>True when anything listens to the request's span or measurements.</summary>
    internal static bool ObservesRequests =>
        Source.HasListeners() || RequestDuration.Enabled || Errors.Enabled || OperationCost.Enabled || ActiveRequests.Enabled;

    /// <summary>True when anything listens to a data loader batch's span or size.</summary>
    internal static bool ObservesBatches => Source.HasListeners() || BatchSize.Enabled;

    /// <summary>A child span of the current one, or null (no allocation) while nobody listens.</summary>
    internal static Activity? StartSpan(string name) => Source.HasListeners() ? Source.StartActivity(name) : null;

    /// <summary>A loader's class name without its generic arity (loaders are created per request; their names once).</summary>
    internal static string LoaderName(Type loader) => s_loaderNames.GetOrAdd(loader, static t => t.Name.Split('`')[0]);
}
