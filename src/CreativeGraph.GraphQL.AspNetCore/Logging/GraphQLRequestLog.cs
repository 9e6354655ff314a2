using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Execution.Diagnostics;
using CreativeGraph.GraphQL.Response;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CreativeGraph.GraphQL.AspNetCore.Logging;

/// <summary>
/// One structured log event per GraphQL request (category <see cref="Category"/>, Information): the operation's type
/// and name, the document's hash, the HTTP status, the time from reading the request to the written response, the
/// cost and the error codes. Never a variable, an argument or the document itself, so the log carries no value a
/// client sent. Below Information the executor measures nothing for it.
/// </summary>
internal sealed partial class GraphQLRequestLog : IRequestObserver
{
    /// <summary>The log category; <c>Logging:LogLevel:CreativeGraph.GraphQL.Requests=Warning</c> turns the log off.</summary>
    public const string Category = "CreativeGraph.GraphQL.Requests";

    private readonly ILogger _logger;

    public GraphQLRequestLog(ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(loggers);
        _logger = loggers.CreateLogger(Category);
    }

    /// <inheritdoc />
    public bool IsEnabled => _logger.IsEnabled(LogLevel.Information);

    /// <summary>The executor's figures wait on the HTTP request until its response is written.</summary>
    public void RequestExecuted(GraphQLRequest request, ExecutionResult result, in RequestSummary summary)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(result);
        if (request.ContextData?.GetValueOrDefault(GraphQLHttpContextKeys.HttpContext) is HttpContext http)
        {
            http.Features.Set(new ExecutedRequest(summary, CodesOf(result)));
        }
    }

    /// <summary>A request the endpoint refused before the executor saw it (unreadable, unknown persisted id).</summary>
    internal void Refused(HttpContext context, ExecutionResult result)
    {
        if (IsEnabled)
        {
            context.Features.Set(new ExecutedRequest(default, CodesOf(result)));
        }
    }

    /// <summary>Writes the request's event once its response is written.</summary>
    internal void Answered(HttpContext context, TimeSpan elapsed)
    {
        ExecutedRequest? executed = context.Features.Get<ExecutedRequest>();
        RequestSummary summary = executed?.Summary ?? default;
        RequestAnswered(
            _logger,
            summary.OperationType ?? "-",
            summary.OperationName ?? "-",
            summary.DocumentHash ?? "-",
            context.Response.StatusCode,
            Math.Round(elapsed.TotalMilliseconds, 3),
            summary.Cost,
            executed?.ErrorCodes ?? string.Empty);
    }

    // Distinct codes in order of first appearance, e.g. "HC0001,AUTH_NOT_AUTHORIZED".
    private static string CodesOf(ExecutionResult result) =>
        result.Errors.Count == 0 ? string.Empty : string.Join(',', result.Errors.Select(e => e.Code ?? ErrorCodes.UnexpectedExecutionError).Distinct(StringComparer.Ordinal));

    [LoggerMessage(
        EventId = 1,
        EventName = "GraphQLRequest",
        Level = LogLevel.Information,
        Message = "GraphQL {OperationType} {OperationName} {DocumentHash} answered {StatusCode} in {ElapsedMilliseconds} ms, cost {Cost}, errors [{ErrorCodes}]")]
    private static partial void RequestAnswered(
        ILogger logger,
        string operationType,
        string operationName,
        string documentHash,
        int statusCode,
        double elapsedMilliseconds,
        double? cost,
        string errorCodes);

    private sealed record ExecutedRequest(RequestSummary Summary, string ErrorCodes);
}
