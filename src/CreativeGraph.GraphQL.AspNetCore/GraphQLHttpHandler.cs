using System.Diagnostics;
using CreativeGraph.GraphQL.AspNetCore.Logging;
using CreativeGraph.GraphQL.AspNetCore.PersistedOperations;
using CreativeGraph.GraphQL.AspNetCore.Request;
using CreativeGraph.GraphQL.AspNetCore.Response;
using CreativeGraph.GraphQL.AspNetCore.Tool;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CreativeGraph.GraphQL.AspNetCore;

/// <summary>
/// The GraphQL-over-HTTP endpoint: negotiate the response media type, read the request (GET or POST), look up a
/// persisted operation it names, hand it to the executor, send the result. Browsers asking for HTML get the IDE; <c>?sdl</c> gets the schema.
/// </summary>
internal sealed class GraphQLHttpHandler(
    IRequestExecutor executor,
    IOptions<GraphQLHttpOptions> options,
    BananaCakePopTool tool,
    PersistedOperationResolver persisted,
    GraphQLRequestLog log)
{
    private readonly GraphQLHttpOptions _options = options.Value;

    public Task HandleAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        bool isGet = HttpMethods.IsGet(request.Method);
        if (isGet)
        {
            if (_options.EnableSchemaRequests && request.Query.ContainsKey("sdl"))
            {
                return SchemaSdlWriter.WriteAsync(context, executor.Schema);
            }

            if (_options.Tool.Enable && !request.Query.ContainsKey("query") && AcceptHeaderNegotiation.AcceptsHtml(request))
            {
                return tool.WriteIndexAsync(context);
            }

            if (!_options.EnableGetRequests)
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers[HeaderNames.Allow] = HttpMethods.Post;
                return Task.CompletedTask;
            }
        }

        ResponseMediaType mediaType = AcceptHeaderNegotiation.Negotiate(request);
        IncrementalTransport incremental = IncrementalTransportNegotiation.Negotiate(request);
        if (mediaType == ResponseMediaType.NotAcceptable && incremental == IncrementalTransport.None)
        {
            context.Response.StatusCode = StatusCodes.Status406NotAcceptable;
            return Task.CompletedTask;
        }

        return log.IsEnabled ? ExecuteLoggedAsync(context, isGet, mediaType, incremental) : ExecuteAsync(context, isGet, mediaType, incremental);
    }

    public Task HandleSchemaFileAsync(HttpContext context)
    {
        if (!_options.EnableSchemaRequests)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return SchemaSdlWriter.WriteAsync(context, executor.Schema);
    }

    // The request log's event follows the written response (a method of its own: unlogged requests keep no clock).
    private async Task ExecuteLoggedAsync(HttpContext context, bool isGet, ResponseMediaType mediaType, IncrementalTransport incremental)
    {
        long started = Stopwatch.GetTimestamp();
        try
        {
            await ExecuteAsync(context, isGet, mediaType, incremental).ConfigureAwait(false);
        }
        finally
        {
            log.Answered(context, Stopwatch.GetElapsedTime(started));
        }
    }

    private async Task ExecuteAsync(HttpContext context, bool isGet, ResponseMediaType mediaType, IncrementalTransport incremental)
    {
        // A client that accepts only a stream gets its single results in that stream's format too.
        if (mediaType == ResponseMediaType.NotAcceptable)
        {
            mediaType = ResponseMediaType.GraphQLResponseJson;
        }

        RequestReadResult read = isGet
            ? GetRequestReader.Read(context.Request.Query, _options.MaxJsonDepth)
            : await PostRequestReader.ReadAsync(context.Request, _options, context.RequestAborted).ConfigureAwait(false);

        if (read.Request is not { } parsed)
        {
            ExecutionResult error = ExecutionResult.RequestError(RequestErrorKind.InvalidRequest, read.Error!);
            log.Refused(context, error);
            await GraphQLResponseWriter.WriteAsync(context, mediaType, error, read.StatusCode).ConfigureAwait(false);
            return;
        }

        PersistedOperationLookup lookup = await persisted.ResolveAsync(parsed.Query, read.DocumentId, parsed.Extensions, context.RequestAborted).ConfigureAwait(false);
        if (lookup.Error is { } persistedError)
        {
            ExecutionResult refused = ExecutionResult.RequestError(RequestErrorKind.InvalidRequest, persistedError);
            log.Refused(context, refused);
            await GraphQLResponseWriter.WriteAsync(context, mediaType, refused).ConfigureAwait(false);
            return;
        }

        GraphQLRequest request = new()
        {
            Query = lookup.Query,
            OperationName = parsed.OperationName,
            Variables = parsed.Variables,
            Extensions = parsed.Extensions,
            AllowedOperations = parsed.AllowedOperations,
            Cost = CostHeader.Read(context.Request),
            Services = context.RequestServices,
            EnableIncrementalDelivery = incremental != IncrementalTransport.None,
            ContextData = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                [GraphQLHttpContextKeys.User] = context.User,
                [GraphQLHttpContextKeys.HttpContext] = context,
            },
        };

        // Disposing the result after it is written returns its result maps to the executor's pools.
        using ExecutionResult result = await executor.ExecuteAsync(request, context.RequestAborted).ConfigureAwait(false);
        await persisted.RegisterAsync(lookup, result, context.RequestAborted).ConfigureAwait(false);
        if (result.Incremental is not null || (incremental != IncrementalTransport.None && !AcceptHeaderNegotiation.AcceptsSingleResult(context.Request)))
        {
            await IncrementalResponseWriter.WriteAsync(context, incremental, result).ConfigureAwait(false);
            return;
        }

        await GraphQLResponseWriter.WriteAsync(context, mediaType, result).ConfigureAwait(false);
    }
}
