using System.Diagnostics;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Execution.Diagnostics;

/// <summary>
/// One observed request: its span, its clock and what the executor learns on the way (document, operation, cost),
/// recorded as measurements and handed to the <see cref="IRequestObserver"/> when the result is ready. Created only
/// when someone listens, so an unobserved request pays one check for it.
/// </summary>
internal sealed class RequestObservation
{
    private readonly TimeProvider _clock;
    private readonly long _started;
    private readonly Activity? _activity;
    private string? _operationName;
    private string? _operationType;
    private string? _documentHash;
    private double? _cost;

    private RequestObservation(Activity? activity, TimeProvider clock)
    {
        _clock = clock;
        _started = clock.GetTimestamp();
        _activity = activity;
    }

    /// <summary>True when a listener or the observer wants this request measured.</summary>
    public static bool IsWanted(IRequestObserver? observer) => GraphQLTelemetry.ObservesRequests || observer?.IsEnabled == true;

    /// <summary>
    /// Starts the request span (a server span, child of the transport's) and counts the request as active; the
    /// duration is measured on <paramref name="clock"/>, the options' <see cref="RequestExecutorOptions.TimeProvider"/>.
    /// </summary>
    public static RequestObservation Start(TimeProvider clock)
    {
        Activity? activity = GraphQLTelemetry.Source.HasListeners()
            ? GraphQLTelemetry.Source.StartActivity(GraphQLTelemetry.UnknownOperationSpan, ActivityKind.Server)
            : null;
        GraphQLTelemetry.ActiveRequests.Add(1);
        return new RequestObservation(activity, clock);
    }

    public void Document(CachedDocument document)
    {
        _documentHash = document.Hash;
        _activity?.SetTag(GraphQLTelemetry.DocumentHashAttribute, _documentHash);
    }

    /// <summary>The selected operation: the span takes its type as name (OpenTelemetry's convention) and both as attributes.</summary>
    public void Operation(OperationDefinitionNode operation)
    {
        _operationName = operation.Name?.Value;
        _operationType = RequestExecutor.OperationTypeName(operation.Operation);
        if (_activity is { } activity)
        {
            activity.DisplayName = _operationType;
            activity.SetTag(GraphQLTelemetry.OperationTypeAttribute, _operationType);
            activity.SetTag(GraphQLTelemetry.OperationNameAttribute, _operationName);
        }
    }

    public void Analysed(OperationAnalysis? analysis)
    {
        if (analysis is { Error: null } figures)
        {
            _cost = figures.Cost;
            _activity?.SetTag(GraphQLTelemetry.OperationCostAttribute, figures.Cost);
        }
    }

    /// <summary>
    /// Starts the execution span as the current one, so resolvers, loaders and database commands started from
    /// here nest under it; <see cref="EndExecution"/> puts the request span back.
    /// </summary>
    public Activity? StartExecution() => _activity is null ? null : GraphQLTelemetry.StartSpan(GraphQLTelemetry.ExecuteSpan);

    public Task<ExecutionResult> EndExecution(Task<ExecutionResult> execution, Activity executing)
    {
        Activity.Current = _activity;
        return StopWhenDoneAsync(execution, executing);
    }

    /// <summary>Records the request's measurements, ends its span and tells the observer.</summary>
    public void Complete(GraphQLRequest request, ExecutionResult? result, IRequestObserver? observer)
    {
        TimeSpan duration = _clock.GetElapsedTime(_started);
        GraphQLTelemetry.ActiveRequests.Add(-1);
        TagList operation = default;
        if (_operationName is not null)
        {
            operation.Add(GraphQLTelemetry.OperationNameAttribute, _operationName);
        }

        if (_operationType is not null)
        {
            operation.Add(GraphQLTelemetry.OperationTypeAttribute, _operationType);
        }

        GraphQLTelemetry.RequestDuration.Record(duration.TotalSeconds, operation);
        if (_cost is { } cost)
        {
            GraphQLTelemetry.OperationCost.Record(cost, operation);
        }

        IReadOnlyList<GraphQLError> errors = result?.Errors ?? [];
        if (GraphQLTelemetry.Errors.Enabled)
        {
            foreach (GraphQLError error in errors)
            {
                TagList tags = operation;
                tags.Add(GraphQLTelemetry.ErrorCodeAttribute, error.Code ?? ErrorCodes.UnexpectedExecutionError);
                GraphQLTelemetry.Errors.Add(1, tags);
            }
        }

        if (_activity is { } activity)
        {
            if (errors.Count > 0)
            {
                string code = errors[0].Code ?? ErrorCodes.UnexpectedExecutionError;
                activity.SetTag(GraphQLTelemetry.ErrorTypeAttribute, code);
                activity.SetStatus(ActivityStatusCode.Error, code);
            }

            activity.Stop();
        }

        if (result is not null && observer is { IsEnabled: true })
        {
            observer.RequestExecuted(request, result, new RequestSummary(_operationName, _operationType, _documentHash, _cost, duration));
        }
    }

    private static async Task<ExecutionResult> StopWhenDoneAsync(Task<ExecutionResult> execution, Activity executing)
    {
        try
        {
            return await execution.ConfigureAwait(false);
        }
        finally
        {
            executing.Stop();
        }
    }
}
