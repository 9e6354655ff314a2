using System.Diagnostics;
using CreativeGraph.GraphQL.Execution.Diagnostics;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.GraphQL.Validation;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// Executes requests against one schema (spec #sec-Executing-Requests): parse (cached) → validate (cached)
/// → select the operation → check the operation type is allowed → coerce variables → check input list lengths
/// and the other limits → execute. Every failure is an <see cref="ExecutionResult"/>; nothing is thrown for bad input, a timeout
/// or a cancelled request. Thread-safe; create one per schema and keep it.
/// </summary>
public sealed partial class RequestExecutor : IRequestExecutor
{
    private static readonly IReadOnlyDictionary<string, object?> s_noVariables = new Dictionary<string, object?>(StringComparer.Ordinal);

    private readonly RequestExecutorOptions _options;
    private readonly DocumentCache _documents;
    private readonly Func<string, CachedDocument> _parse;
    private readonly Func<Schema, DocumentNode, IReadOnlyList<GraphQLError>> _validate;

    /// <summary>Creates an executor for <paramref name="schema"/> that validates documents with every spec rule.</summary>
    public RequestExecutor(Schema schema, RequestExecutorOptions? options = null)
        : this(schema, options, static (s, d) => DocumentValidator.Validate(s, d))
    {
    }

    internal RequestExecutor(
        Schema schema,
        RequestExecutorOptions? options,
        Func<Schema, DocumentNode, IReadOnlyList<GraphQLError>> validate)
    {
        Schema = schema;
        _options = options ?? new RequestExecutorOptions();
        _documents = new DocumentCache(_options.DocumentCacheSize);
        ParserOptions parserOptions = _options.ParserOptions ?? ParserOptions.Default;
        _parse = text => Parse(text, parserOptions);
        _validate = (s, d) => ValidateObserved(s, d, validate);
    }

    /// <inheritdoc />
    public Schema Schema { get; }

    internal int CachedDocumentCount => _documents.Count;

    // The request path; observation is null unless someone listens (Diagnostics/RequestExecutor.Observed.cs).
    private Task<ExecutionResult> Execute(GraphQLRequest request, RequestObservation? observation, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.Query))
        {
            return Task.FromResult(ExecutionResult.RequestError(
                RequestErrorKind.InvalidRequest,
                new GraphQLError(ExecutionMessages.QueryMissing, ErrorCodes.RequestQueryMissing)));
        }

        CachedDocument document = _documents.GetOrAdd(request.Query, _parse);                          // Language
        observation?.Document(document);
        if (document.SyntaxError is { } syntaxError)
        {
            return Task.FromResult(ExecutionResult.RequestError(RequestErrorKind.Syntax, syntaxError));
        }

        IReadOnlyList<GraphQLError> validationErrors = document.Validate(Schema, _validate);           // Validating Requests
        if (validationErrors.Count > 0)
        {
            return Task.FromResult(ExecutionResult.RequestError(RequestErrorKind.Validation, validationErrors));
        }

        OperationDefinitionNode? operation = OperationSelection.Select(document.Document!, request.OperationName, out GraphQLError? selectionError);
        if (operation is null)                                                                            // GetOperation
        {
            return Task.FromResult(ExecutionResult.RequestError(RequestErrorKind.OperationSelection, selectionError!));
        }

        observation?.Operation(operation);

        if (CheckOperationAllowed(operation, request.AllowedOperations) is { } notAllowed)
        {
            return Task.FromResult(notAllowed);
        }

        ObjectType? rootType = Schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            return Task.FromResult(ExecutionResult.RequestError(
                RequestErrorKind.Validation,
                new GraphQLError(ExecutionMessages.RootTypeMissing(OperationTypeName(operation.Operation)), ErrorCodes.ExecutionOperationNotAllowed)));
        }

        if (operation.Operation == OperationType.Subscription)
        {
            return Task.FromResult(SubscriptionExecutor.Subscribe());                                      // Subscription
        }

        IReadOnlyDictionary<string, object?> variables = VariableCoercion.Coerce(Schema, operation, request.Variables, out List<GraphQLError>? variableErrors);
        if (request.Cost == CostReporting.Validate)                                                      // GraphQL-Cost: validate
        {
            return Task.FromResult(ValidateCost(document, operation, rootType, variableErrors is null ? variables : s_noVariables));
        }

        if (variableErrors is not null)                                                                  // CoerceVariableValues
        {
            return Task.FromResult(ExecutionResult.RequestError(RequestErrorKind.VariableCoercion, variableErrors));
        }

        if (_options.MaxInputListLength is { } maxListLength
            && InputListLimit.Check(document.LongestListLiteral, operation, variables, maxListLength) is { } listTooLong)
        {
            return Task.FromResult(ExecutionResult.RequestError(RequestErrorKind.LimitExceeded, listTooLong));  // Input list lengths
        }

        OperationAnalysis? analysis = NeedsAnalysis(request) ? Analyze(document, operation, rootType, variables) : null;
        observation?.Analysed(analysis);
        if (analysis is { } figures && CheckLimits(figures) is { } limitExceeded)                         // Limits
        {
            return Task.FromResult(WithCost(limitExceeded, request, figures));
        }

        bool incremental = DeliversIncrementally(request, operation);
        if ((UsesIncrementalDirectives(request, "@defer") || UsesIncrementalDirectives(request, "@stream"))
            && ValidateIncremental(document.Document!) is { } incrementalErrors)                         // the RFC's rules
        {
            return Task.FromResult(incrementalErrors);
        }

        OperationPlan plan = incremental
            ? new OperationPlan(Schema, document.Document!, operation, rootType, variables, incremental: true)  // @defer, @stream: a plan per request
            : GetPlan(document, operation, rootType, variables);                                          // Field Collection
        Activity? executing = observation?.StartExecution();                                             // the span resolvers nest under
        Task<ExecutionResult> execution = Schema.HasValidationAuthorization && GetValidationAuthorization(document, operation, rootType) is { } authorization
            ? AuthorizeAndExecuteAsync(authorization, document.Document!, plan, variables, request, cancellationToken)   // @authorize(apply: VALIDATION)
            : ExecuteOperationAsync(plan, variables, request, cancellationToken);                        // Executing Operations
        if (executing is not null)
        {
            execution = observation!.EndExecution(execution, executing);
        }

        return request.Cost == CostReporting.Report ? ReportCostAsync(execution, request, analysis!.Value) : execution;
    }

    private static async Task<ExecutionResult> ReportCostAsync(Task<ExecutionResult> execution, GraphQLRequest request, OperationAnalysis analysis) =>
        WithCost(await execution.ConfigureAwait(false), request, analysis);

    // GraphQL-Cost: validate — the figures only (HotChocolate's ValidateCost): nothing runs and no limit applies; the
    // analysis's own error (HC0082) is still a request error.
    private ExecutionResult ValidateCost(CachedDocument document, OperationDefinitionNode operation, ObjectType rootType, IReadOnlyDictionary<string, object?> variables)
    {
        OperationAnalysis analysis = Analyze(document, operation, rootType, variables);
        return analysis.Error is { } error
            ? ExecutionResult.RequestError(RequestErrorKind.LimitExceeded, error)
            : ExecutionResult.FromExtensions(OperationCost.Extensions(analysis));
    }

    private static ExecutionResult WithCost(ExecutionResult result, GraphQLRequest request, OperationAnalysis analysis)
    {
        if (request.Cost == CostReporting.Report)
        {
            OperationCost.AddTo(result, analysis);
        }

        return result;
    }

    // A method of its own, so requests to a schema without VALIDATION rules allocate no closure for it.
    private OperationAuthorization? GetValidationAuthorization(CachedDocument document, OperationDefinitionNode operation, ObjectType rootType)
    {
        OperationAuthorization authorization = document.Authorizations.GetOrAdd(operation, op => OperationAuthorization.Collect(Schema, document.Document!, op, rootType));
        return authorization.Directives.Length > 0 ? authorization : null;
    }

    // The operation's VALIDATION rules, decided once by the request's handler; a denial is a request error.
    private async Task<ExecutionResult> AuthorizeAndExecuteAsync(
        OperationAuthorization authorization,
        DocumentNode document,
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequest request,
        CancellationToken cancellationToken)
    {
        GraphQLError denial;
        if (request.Services?.GetService(typeof(IAuthorizationHandler)) is not IAuthorizationHandler handler)
        {
            denial = AuthorizationErrors.NoHandler(AuthorizationErrors.Operation);
        }
        else
        {
            AuthorizeResult result;
            try
            {
                AuthorizationContext context = new(Schema, document, plan.Operation, request, cancellationToken);
                result = await handler.AuthorizeAsync(context, authorization.Directives).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                return UnexpectedFailure(ex);
            }

            if (result == AuthorizeResult.Allowed)
            {
                return await ExecuteOperationAsync(plan, variables, request, cancellationToken).ConfigureAwait(false);
            }

            denial = AuthorizationErrors.Denied(result, AuthorizationErrors.Operation, null);
        }

        return ExecutionResult.RequestError(RequestErrorKind.Authorization, denial.WithLocations(authorization.Locations));
    }

    // Spec #sec-Language: a syntax error is a request error; it is cached like a document.
    private static CachedDocument Parse(string text, ParserOptions options)
    {
        using Activity? activity = GraphQLTelemetry.StartSpan(GraphQLTelemetry.ParseSpan);
        try
        {
            return new CachedDocument(text, Parser.Parse(text, options), null);
        }
        catch (SyntaxException ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Error.Code);
            return new CachedDocument(text, null, ex.Error);
        }
    }

    private static ExecutionResult? CheckOperationAllowed(OperationDefinitionNode operation, AllowedOperations allowed)
    {
        AllowedOperations required = operation.Operation switch
        {
            OperationType.Mutation => AllowedOperations.Mutation,
            OperationType.Subscription => AllowedOperations.Subscription,
            _ => AllowedOperations.Query,
        };

        return (allowed & required) != 0
            ? null
            : ExecutionResult.RequestError(
                RequestErrorKind.OperationNotAllowed,
                new GraphQLError(ExecutionMessages.OperationNotAllowed(OperationTypeName(operation.Operation)), ErrorCodes.ExecutionOperationNotAllowed));
    }

    // The walk is needed for the limits and for a cost report; a request to an executor without limits skips it.
    private bool NeedsAnalysis(GraphQLRequest request) =>
        request.Cost != CostReporting.None
        || _options is not { MaxCost: null, MaxTypeCost: null, MaxExecutionDepth: null, MaxFieldCount: null, MaxAliases: null, EnableIntrospection: true };

    private OperationAnalysis Analyze(CachedDocument document, OperationDefinitionNode operation, ObjectType rootType, IReadOnlyDictionary<string, object?> variables) =>
        operation.VariableDefinitions.Count == 0
            ? document.Analyses.GetOrAdd(operation, op => OperationAnalyzer.Analyze(Schema, document.Document!, op, rootType, variables))
            : OperationAnalyzer.Analyze(Schema, document.Document!, operation, rootType, variables);

    private ExecutionResult? CheckLimits(OperationAnalysis analysis)
    {
        GraphQLError? error = null;
        if (analysis.Error is { } analysisError)
        {
            error = analysisError;
        }
        else if (!_options.EnableIntrospection && analysis.UsesIntrospection)
        {
            error = new GraphQLError(ExecutionMessages.IntrospectionNotAllowed, ErrorCodes.ExecutionIntrospectionNotAllowed);
        }
        else if (analysis.Depth > _options.MaxExecutionDepth)
        {
            error = new GraphQLError(ExecutionMessages.MaxDepthExceeded(analysis.Depth, _options.MaxExecutionDepth.Value), ErrorCodes.ExecutionMaxDepthExceeded);
        }
        else if (analysis.FieldCount > _options.MaxFieldCount)
        {
            error = new GraphQLError(ExecutionMessages.MaxFieldsExceeded(analysis.FieldCount, _options.MaxFieldCount.Value), ErrorCodes.ExecutionMaxFieldsExceeded);
        }
        else if (analysis.AliasCount > _options.MaxAliases)
        {
            error = new GraphQLError(ExecutionMessages.MaxAliasesExceeded(analysis.AliasCount, _options.MaxAliases.Value), ErrorCodes.ExecutionMaxFieldsExceeded);
        }
        else if (analysis.Cost > _options.MaxCost)
        {
            error = new GraphQLError(
                ExecutionMessages.CostExceeded(analysis.Cost, _options.MaxCost.Value),
                ErrorCodes.ExecutionCostExceeded,
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["fieldCost"] = analysis.Cost,
                    ["maxFieldCost"] = _options.MaxCost.Value,
                });
        }
        else if (analysis.TypeCost > _options.MaxTypeCost)
        {
            error = new GraphQLError(
                ExecutionMessages.TypeCostExceeded(analysis.TypeCost, _options.MaxTypeCost.Value),
                ErrorCodes.ExecutionCostExceeded,
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["typeCost"] = analysis.TypeCost,
                    ["maxTypeCost"] = _options.MaxTypeCost.Value,
                });
        }

        return error is null ? null : ExecutionResult.RequestError(RequestErrorKind.LimitExceeded, error);
    }

    private OperationPlan GetPlan(CachedDocument document, OperationDefinitionNode operation, ObjectType rootType, IReadOnlyDictionary<string, object?> variables) =>
        document.HasVariableConditions
            ? new OperationPlan(Schema, document.Document!, operation, rootType, variables)
            : document.Plans.GetOrAdd(operation, op => new OperationPlan(Schema, document.Document!, op, rootType, null));

    // Spec ExecuteQuery / ExecuteMutation, under the request timeout: its clock starts before the first resolver,
    // and its token reaches every resolver, loader and database command (see ExecutionSynchronizationContext).
    private async Task<ExecutionResult> ExecuteOperationAsync(
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequest request,
        CancellationToken cancellationToken)
    {
        if (plan.Collector.IsIncremental)
        {
            return await ExecuteIncrementallyAsync(plan, variables, request, cancellationToken).ConfigureAwait(false);
        }

        using CancellationTokenSource requestAborted = cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken)
            : new CancellationTokenSource();
        BatchScheduler batches = new(requestAborted.Token);
        OperationExecutor executor = new(Schema, plan, variables, request, _options, batches, requestAborted.Token);
        ExecutionSynchronizationContext context = new(batches);
        bool serial = plan.Operation.Operation == OperationType.Mutation;

        Task<object?>? completed;
        try
        {
            completed = await context.RunAsync(
                () => executor.ExecuteRootAsync(request.RootValue, serial),
                requestAborted,
                _options.ExecutionTimeout,
                _options.TimeProvider,
                executor.CleanUpAsync).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            return UnexpectedFailure(ex);
        }

        if (completed is null)
        {
            requestAborted.Cancel();
            GraphQLError error = cancellationToken.IsCancellationRequested
                ? new GraphQLError(ExecutionMessages.Cancelled, ErrorCodes.ExecutionCancelled)
                : new GraphQLError(ExecutionMessages.Timeout(_options.ExecutionTimeout), ErrorCodes.ExecutionTimeout);
            return ExecutionResult.RequestError(RequestErrorKind.LimitExceeded, error);
        }

        if (completed.IsFaulted)
        {
            return UnexpectedFailure(completed.Exception!.InnerException ?? completed.Exception);
        }

        return ExecutionResult.FromData(completed.Result, executor.Errors);
    }

    private ExecutionResult UnexpectedFailure(Exception exception) =>
        ExecutionResult.FromData(null, [_options.ErrorFilter?.Invoke(exception) ?? new GraphQLError(
            ExecutionMessages.UnexpectedExecutionError,
            ErrorCodes.UnexpectedExecutionError,
            extensions: _options.IncludeExceptionDetails ? new Dictionary<string, object?> { ["message"] = exception.Message, ["stackTrace"] = exception.StackTrace } : null,
            exception: exception)]);

    /// <summary>The operation type as the spec writes it (and OpenTelemetry's <c>graphql.operation.type</c>).</summary>
    internal static string OperationTypeName(OperationType type) => type switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };
}
