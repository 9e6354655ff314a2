using System.Diagnostics;
using CreativeGraph.GraphQL.Execution.Diagnostics;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// The executor's entry point, observed or not: while nothing listens to <see cref="GraphQLTelemetry"/> and no
/// <see cref="RequestExecutorOptions.RequestObserver"/> is enabled, a request goes straight down the request path and
/// allocates nothing more than it would without telemetry; otherwise it runs inside a <see cref="RequestObservation"/>.
/// </summary>
public sealed partial class RequestExecutor
{
    /// <inheritdoc />
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RequestObservation.IsWanted(_options.RequestObserver)
            ? ExecuteObservedAsync(request, cancellationToken)
            : Execute(request, null, cancellationToken);
    }

    private async Task<ExecutionResult> ExecuteObservedAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        RequestObservation observation = RequestObservation.Start(_options.TimeProvider);
        ExecutionResult? result = null;
        try
        {
            result = await Execute(request, observation, cancellationToken).ConfigureAwait(false);
            return result;
        }
        finally
        {
            observation.Complete(request, result, _options.RequestObserver);
        }
    }

    // Validation runs once per cached document, so its span appears only for a document new to the cache.
    private static IReadOnlyList<GraphQLError> ValidateObserved(Schema schema, DocumentNode document, Func<Schema, DocumentNode, IReadOnlyList<GraphQLError>> validate)
    {
        using Activity? activity = GraphQLTelemetry.StartSpan(GraphQLTelemetry.ValidateSpan);
        IReadOnlyList<GraphQLError> errors = validate(schema, document);
        if (errors.Count > 0)
        {
            activity?.SetStatus(ActivityStatusCode.Error, errors[0].Code);
        }

        return errors;
    }
}
