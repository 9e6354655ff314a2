using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Execution.Diagnostics;

/// <summary>
/// Told of every request an executor finished (set as <see cref="RequestExecutorOptions.RequestObserver"/>), e.g. to
/// write a request log. While <see cref="IsEnabled"/> is false (and nothing listens to <see cref="GraphQLTelemetry"/>)
/// the executor measures nothing.
/// </summary>
public interface IRequestObserver
{
    /// <summary>Asked at the start of each request.</summary>
    bool IsEnabled { get; }

    /// <summary>
    /// Called once the request's result (for incremental delivery: its initial payload) is ready, before it is sent.
    /// </summary>
    void RequestExecuted(GraphQLRequest request, ExecutionResult result, in RequestSummary summary);
}

/// <summary>What the executor learnt about a request: none of it holds a variable or argument value.</summary>
/// <param name="OperationName">The executed operation's name; null for an anonymous one, or when none was selected.</param>
/// <param name="OperationType"><c>query</c>, <c>mutation</c> or <c>subscription</c>; null when no operation was selected.</param>
/// <param name="DocumentHash">SHA-256 of the document text (64 hex digits, the persisted-document id); null without a document.</param>
/// <param name="Cost">The operation's field cost, when it was analysed.</param>
/// <param name="Duration">From the start of <c>ExecuteAsync</c> to the result.</param>
public readonly record struct RequestSummary(string? OperationName, string? OperationType, string? DocumentHash, double? Cost, TimeSpan Duration);
