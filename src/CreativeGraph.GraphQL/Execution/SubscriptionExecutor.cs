using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// Where Subscribe, CreateSourceEventStream and MapSourceToResponseEvent (spec #sec-Subscription) will live.
/// Until a transport carries event streams, a subscription operation is a request error.
/// </summary>
internal static class SubscriptionExecutor
{
    public static ExecutionResult Subscribe() =>
        ExecutionResult.RequestError(
            RequestErrorKind.InvalidRequest,
            new GraphQLError(ExecutionMessages.SubscriptionNotSupported, ErrorCodes.ExecutionSubscriptionNotSupported));
}
