using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// Runs requests against one schema (spec #sec-Executing-Requests). Never throws for bad input: every
/// failure is an <see cref="ExecutionResult"/> with errors; only cancellation by the caller propagates.
/// </summary>
public interface IRequestExecutor
{
    Schema Schema { get; }

    Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default);
}
