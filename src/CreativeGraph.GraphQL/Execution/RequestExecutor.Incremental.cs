using System.Runtime.CompilerServices;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// Incremental delivery of <c>@defer</c> and <c>@stream</c> (incremental delivery RFC, graphql-js 17's payload format):
/// the initial payload holds every field outside deferred fragments and the first <c>initialCount</c> items of each
/// streamed list, and announces the fragments and streams under delivered positions as <c>pending</c>; then each
/// wave runs all pending work together (deferred fragments' fields and streams' remaining items, whose data loaders
/// batch as one level) and becomes one subsequent payload with their <c>incremental</c> data or items,
/// <c>completed</c> ids and the work newly met inside them. A deferred fragment leaves out the leaf fields its object
/// already delivered.
/// </summary>
public sealed partial class RequestExecutor
{
    // Only queries defer and stream (the validation rules refuse both on mutation and subscription roots), and only
    // a document that mentions @defer or @stream pays for a plan of its own.
    private bool DeliversIncrementally(GraphQLRequest request, OperationDefinitionNode operation) =>
        operation.Operation == OperationType.Query
        && (UsesIncrementalDirectives(request, "@defer") || UsesIncrementalDirectives(request, "@stream"));

    // A request whose transport can deliver incrementally and whose document names a directive of the RFC.
    private bool UsesIncrementalDirectives(GraphQLRequest request, string directive) =>
        request.EnableIncrementalDelivery
        && Schema.TryGetDirective(IncrementalDirectives.Defer, out _)
        && request.Query!.Contains(directive, StringComparison.Ordinal);

    // The incremental delivery RFC's validation rules, for the requests they concern.
    private ExecutionResult? ValidateIncremental(DocumentNode document)
    {
        IReadOnlyList<GraphQLError> errors = Validation.DocumentValidator.Validate(Schema, document, Validation.SpecifiedRules.Incremental, Validation.ValidationOptions.Default);
        return errors.Count > 0 ? ExecutionResult.RequestError(RequestErrorKind.Validation, errors) : null;
    }

    private async Task<ExecutionResult> ExecuteIncrementallyAsync(
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequest request,
        CancellationToken cancellationToken)
    {
        CancellationTokenSource requestAborted = cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken)
            : new CancellationTokenSource();
        BatchScheduler batches = new(requestAborted.Token);
        IncrementalWork work = new();
        OperationExecutor executor = new(Schema, plan, variables, request, _options, batches, requestAborted.Token) { Incremental = work };
        ExecutionSynchronizationContext context = new(batches);

        Task<object?>? completed;
        try
        {
            completed = await context.RunAsync(
                () => executor.ExecuteRootAsync(request.RootValue, serial: false),
                requestAborted,
                _options.ExecutionTimeout,
                _options.TimeProvider,
                executor.CleanUpAsync).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            requestAborted.Dispose();
            return UnexpectedFailure(ex);
        }

        if (completed is null || completed.IsFaulted)
        {
            requestAborted.Cancel();
            requestAborted.Dispose();
            return completed is null
                ? ExecutionResult.RequestError(RequestErrorKind.LimitExceeded, Aborted(cancellationToken))
                : UnexpectedFailure(completed.Exception!.InnerException ?? completed.Exception);
        }

        IReadOnlyList<GraphQLError> errors = executor.Errors;
        ExecutionResult result = ExecutionResult.FromData(completed.Result, errors);
        HashSet<ResultMap> delivered = completed.Result is ResultMap root ? [root] : [];
        int nextId = 0;
        List<IncrementalRecord> pending = Announce(plan.Collector, work.Take(), delivered, ref nextId);
        if (pending.Count == 0)
        {
            requestAborted.Dispose();
            return result;
        }

        Wave state = new(plan, executor, context, work, requestAborted, delivered, errors.Count, nextId);
        result.Incremental = new IncrementalDelivery([.. pending.Select(ToPending)], token => SubsequentAsync(state, pending, token));
        return result;
    }

    private async IAsyncEnumerable<SubsequentResult> SubsequentAsync(Wave state, List<IncrementalRecord> pending, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            using CancellationTokenRegistration link = cancellationToken.Register(state.RequestAborted.Cancel);
            while (pending.Count > 0)
            {
                object?[] data = new object?[pending.Count];
                Task<object?>? ran = await state.Context.RunAsync(
                    async () =>
                    {
                        ValueTask<object?>[] running = new ValueTask<object?>[pending.Count];
                        for (int i = 0; i < running.Length; i++)
                        {
                            IncrementalWork.RunningFor(pending[i]);
                            running[i] = Run(state, pending[i]);
                        }

                        IncrementalWork.RunningFor(null);
                        for (int i = 0; i < running.Length; i++)
                        {
                            data[i] = await running[i].ConfigureAwait(true);
                        }

                        return (object?)null;
                    },
                    state.RequestAborted,
                    _options.ExecutionTimeout,
                    _options.TimeProvider,
                    state.Executor.CleanUpAsync).ConfigureAwait(false);

                if (ran is null || ran.IsFaulted)
                {
                    // The wave timed out, was cancelled or failed: every pending fragment and stream completes with the error.
                    GraphQLError error = ran is null
                        ? Aborted(cancellationToken)
                        : new GraphQLError(ExecutionMessages.UnexpectedExecutionError, ErrorCodes.UnexpectedExecutionError, exception: ran.Exception);
                    yield return new SubsequentResult([], [], [.. pending.Select(r => new CompletedResult(r.Id, [error.WithPath(r.Path)]))], HasNext: false);
                    yield break;
                }

                IReadOnlyList<GraphQLError> allErrors = state.Executor.Errors;
                List<GraphQLError>[] own = state.Work.ErrorsOf(allErrors.Skip(state.ErrorCount), pending);
                state.ErrorCount = allErrors.Count;
                List<IncrementalResult> incremental = [];
                List<CompletedResult> completed = [];
                for (int i = 0; i < pending.Count; i++)
                {
                    if (pending[i] is StreamRecord stream)
                    {
                        (IncrementalResult? items, CompletedResult end) = stream.Deliver((object?[])data[i]!, own[i]);
                        if (items is not null)
                        {
                            incremental.Add(items);
                        }

                        completed.Add(end);
                    }
                    else if (data[i] is ResultMap map)
                    {
                        state.Delivered.Add(map);
                        incremental.Add(new IncrementalResult(pending[i].Id, map, own[i]));
                        completed.Add(new CompletedResult(pending[i].Id, null));
                    }
                    else
                    {
                        // A non-null field of the fragment failed: the fragment as a whole is not delivered.
                        ((DeferredRecord)pending[i]).Failed = true;
                        completed.Add(new CompletedResult(pending[i].Id, own[i]));
                    }
                }

                int nextId = state.NextId;
                pending = Announce(state.Plan.Collector, state.Work.Take(), state.Delivered, ref nextId);
                state.NextId = nextId;
                yield return new SubsequentResult([.. pending.Select(ToPending)], incremental, completed, HasNext: pending.Count > 0);
            }
        }
        finally
        {
            state.RequestAborted.Dispose();
        }
    }

    // One wave's work for a record: a deferred fragment's fields on its object, or a stream's remaining items.
    private static ValueTask<object?> Run(Wave state, IncrementalRecord record) => record switch
    {
        StreamRecord stream => state.Executor.CompleteStreamedItemsAsync(stream),
        DeferredRecord deferred => state.Executor.ExecuteCollectedFieldsAsync(deferred.Plan!, deferred.ObjectValue, LazyPath.At(deferred.Path)),
        _ => throw new InvalidOperationException("Unknown incremental record."),
    };

    // The fragment's fields on its object's type, without the leaf fields the object already delivered.
    private static SelectionSetPlan FragmentPlan(FieldCollector collector, DeferredRecord record)
    {
        SelectionSetPlan collected = collector.CollectFields(record.Parent.Type, record.Fragment.SelectionSet);
        HashSet<string> delivered = [.. record.Parent.Fields.Where(f => f.Nodes.TrueForAll(n => n.SelectionSet is null)).Select(f => f.ResponseName)];
        return new SelectionSetPlan(collected.Type, [.. collected.Fields.Where(f => !delivered.Contains(f.ResponseName))]) { Deferred = collected.Deferred };
    }

    // Work under delivered positions, and not inside work that was withheld, becomes pending with the next ids:
    // deferred fragments first, then streams, each in the order met (graphql-js 17's IncrementalPublisher).
    private static List<IncrementalRecord> Announce(FieldCollector collector, List<IncrementalRecord> met, HashSet<ResultMap> delivered, ref int nextId)
    {
        List<IncrementalRecord> pending = [];
        foreach (IncrementalRecord record in met.OrderBy(r => r is StreamRecord ? 1 : 0))
        {
            if (record.IsDelivered(delivered) && !record.IsWithheld)
            {
                AddPending(collector, record, pending, ref nextId);
            }
        }

        return pending;
    }

    // A deferred fragment with no fields of its own left (its object delivered them all) is not announced: the
    // fragments deferred inside it stand in its place, as graphql-js 17 does.
    private static void AddPending(FieldCollector collector, IncrementalRecord record, List<IncrementalRecord> pending, ref int nextId)
    {
        if (record is DeferredRecord deferred)
        {
            deferred.Plan = FragmentPlan(collector, deferred);
            if (deferred.Plan.Fields.Length == 0)
            {
                foreach (DeferredFragment inner in deferred.Plan.Deferred ?? [])
                {
                    AddPending(collector, new DeferredRecord(inner, deferred.Parent, deferred.ObjectValue, deferred.ParentMap), pending, ref nextId);
                }

                return;
            }
        }

        record.Id = (nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        pending.Add(record);
    }

    private static PendingResult ToPending(IncrementalRecord record) => new(record.Id, record.Path.ToList(), record.Label);

    private GraphQLError Aborted(CancellationToken cancellationToken) => cancellationToken.IsCancellationRequested
        ? new GraphQLError(ExecutionMessages.Cancelled, ErrorCodes.ExecutionCancelled)
        : new GraphQLError(ExecutionMessages.Timeout(_options.ExecutionTimeout), ErrorCodes.ExecutionTimeout);

    /// <summary>What the subsequent payloads of one request share.</summary>
    private sealed class Wave(
        OperationPlan plan,
        OperationExecutor executor,
        ExecutionSynchronizationContext context,
        IncrementalWork work,
        CancellationTokenSource requestAborted,
        HashSet<ResultMap> delivered,
        int errorCount,
        int nextId)
    {
        public OperationPlan Plan { get; } = plan;

        public OperationExecutor Executor { get; } = executor;

        public ExecutionSynchronizationContext Context { get; } = context;

        public IncrementalWork Work { get; } = work;

        public CancellationTokenSource RequestAborted { get; } = requestAborted;

        public HashSet<ResultMap> Delivered { get; } = delivered;

        public int ErrorCount { get; set; } = errorCount;

        public int NextId { get; set; } = nextId;
    }
}
