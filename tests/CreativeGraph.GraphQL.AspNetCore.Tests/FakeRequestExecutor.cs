using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// Stands in for the engine's executor until it lands: recognises the few documents the audit sends and answers
/// the way a spec-conforming executor does (syntax, validation, operation-type and success results).
/// </summary>
internal sealed class FakeRequestExecutor : IRequestExecutor
{
    public Schema Schema => throw new NotSupportedException("The fake executor has no schema.");

    public GraphQLRequest? LastRequest { get; private set; }

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        LastRequest = request;
        string query = request.Query!.Trim();
        if (query.Count(c => c == '{') != query.Count(c => c == '}'))
        {
            return Task.FromResult(ExecutionResult.RequestError(
                RequestErrorKind.Syntax,
                new GraphQLError("Expected Name, found <EOF>.", ErrorCodes.SyntaxError, [new(1, 1, 1, 2)])));
        }

        if (query.Contains("8f31403dfe404bccbb0e835f2629c6a7", StringComparison.Ordinal))
        {
            return Task.FromResult(ExecutionResult.RequestError(
                RequestErrorKind.Validation,
                new GraphQLError("The field `8f31403dfe404bccbb0e835f2629c6a7` does not exist on the type `Query`.", specifiedBy: "sec-Field-Selections")));
        }

        if (query.Contains("$id: ID!", StringComparison.Ordinal) && request.Variables?.GetValueOrDefault("id") is null)
        {
            return Task.FromResult(ExecutionResult.RequestError(
                RequestErrorKind.VariableCoercion,
                new GraphQLError("Variable `$id` of non-null type `ID!` must not be null.", ErrorCodes.ExecutionInvalidValue)));
        }

        if (query.StartsWith("mutation", StringComparison.Ordinal) && !request.AllowedOperations.HasFlag(AllowedOperations.Mutation))
        {
            return Task.FromResult(ExecutionResult.RequestError(
                RequestErrorKind.OperationNotAllowed,
                new GraphQLError("Mutations are not allowed over GET.", ErrorCodes.RequestInvalid)));
        }

        if (query.Contains("__type(", StringComparison.Ordinal))
        {
            return Task.FromResult(ExecutionResult.FromData(new Dictionary<string, object?> { ["__type"] = null }));
        }

        if (query.Contains("boom", StringComparison.Ordinal))
        {
            return Task.FromResult(ExecutionResult.FromData(
                new Dictionary<string, object?> { ["boom"] = null },
                [new GraphQLError("Unexpected Execution Error", ErrorCodes.UnexpectedExecutionError, path: ResponsePath.Root.Append("boom"))]));
        }

        string rootType = query.StartsWith("mutation", StringComparison.Ordinal) ? "Mutation" : "Query";
        return Task.FromResult(ExecutionResult.FromData(new Dictionary<string, object?> { ["__typename"] = rootType }));
    }
}
