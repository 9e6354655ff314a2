using System.Runtime.CompilerServices;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// Incremental delivery of <c>@defer</c> (incremental delivery RFC, graphql-js 17's payload format): the initial
/// payload holds every field outside deferred fragments and announces the fragments under delivered objects as
/// <c>pending</c>; then each wave runs all pending fragments together (their data loaders batch as one level) and
/// becomes one subsequent payload with their <c>incremental</c> data, <c>completed</c> ids and the fragments newly
/// met inside them. A deferred fragment leaves out the leaf fields its object already delivered.
/// </summary>
public sealed partial class RequestExecutor
{
    // Only queries defer (the validation rules refuse @defer on mutation and subscription roots), and only a
    // document that mentions @defer pays for a plan of its own.
    private bool DeliversIncrementally(GraphQLRequest request, OperationDefinitionNode operation) =>
        operation.Operation == OperationType.Query && UsesIncrementalDirectives(request, "@defer");

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
        DeferredWork work = new();
        OperationExecutor executor = new(Schema, plan, variables, request, _options, batches, requestAborted.Token) { Deferred = work };
        ExecutionSynchronizationContext context = new(batches);

        Task<object?>? completed;
        try
        {
            completed = await context.RunAsync(() => executor.ExecuteRootAsync(request.RootValue, serial: false), requestAborted, _options.ExecutionTimeout).ConfigureAwait(false);
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
        List<DeferredRecord> pending = Announce(work.Take(), delivered, ref nextId);
        if (pending.Count == 0)
        {
            requestAborted.Dispose();
            return result;
        }

        Wave state = new(plan, executor, context, work, requestAborted, delivered, errors.Count, nextId);
        result.Incremental = new IncrementalDelivery([.. pending.Select(ToPending)], token => SubsequentAsync(state, pending, token));
        return result;
    }

    private async IAsyncEnumerable<SubsequentResult> SubsequentAsync(Wave state, List<DeferredRecord> pending, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            using CancellationTokenRegistration link = cancellationToken.Register(state.RequestAborted.Cancel);
            while (pending.Count > 0)
            {
                SelectionSetPlan[] plans = [.. pending.Select(r => FragmentPlan(state.Plan.Collector, r))];
                object?[] data = new object?[pending.Count];
                Task<object?>? ran = await state.Context.RunAsync(
                    async () =>
                    {
                        ValueTask<object?>[] running = [.. pending.Select((r, i) => state.Executor.ExecuteCollectedFieldsAsync(plans[i], r.ObjectValue, LazyPath.At(r.Path)))];
                        for (int i = 0; i < running.Length; i++)
                        {
                            data[i] = await running[i].ConfigureAwait(true);
                        }

                        return (object?)null;
                    },
                    state.RequestAborted,
                    _options.ExecutionTimeout).ConfigureAwait(false);

                if (ran is null || ran.IsFaulted)
                {
                    // The wave timed out, was cancelled or failed: every pending fragment completes with the error.
                    GraphQLError error = ran is null
                        ? Aborted(cancellationToken)
                        : new GraphQLError(ExecutionMessages.UnexpectedExecutionError, ErrorCodes.UnexpectedExecutionError, exception: ran.Exception);
                    yield return new SubsequentResult([], [], [.. pending.Select(r => new CompletedResult(r.Id, [error.WithPath(r.Path)]))], HasNext: false);
                    yield break;
                }

                IReadOnlyList<GraphQLError> allErrors = state.Executor.Errors;
                List<GraphQLError> waveErrors = [.. allErrors.Skip(state.ErrorCount)];
                state.ErrorCount = allErrors.Count;
                List<IncrementalResult> incremental = [];
                List<CompletedResult> completed = [];
                for (int i = 0; i < pending.Count; i++)
                {
                    DeferredRecord record = pending[i];
                    List<GraphQLError> own = Claim(waveErrors, record.Path);
                    if (data[i] is ResultMap map)
                    {
                        state.Delivered.Add(map);
                        incremental.Add(new IncrementalResult(record.Id, map, own));
                        completed.Add(new CompletedResult(record.Id, null));
                    }
                    else
                    {
                        // A non-null field of the fragment failed: the fragment as a whole is not delivered.
                        completed.Add(new CompletedResult(record.Id, own));
                    }
                }

                int nextId = state.NextId;
                pending = Announce(state.Work.Take(), state.Delivered, ref nextId);
                state.NextId = nextId;
                yield return new SubsequentResult([.. pending.Select(ToPending)], incremental, completed, HasNext: pending.Count > 0);
            }
        }
        finally
        {
            state.RequestAborted.Dispose();
        }
    }

    // The fragment's fields on its object's type, without the leaf fields the object already delivered.
    private static SelectionSetPlan FragmentPlan(FieldCollector collector, DeferredRecord record)
    {
        SelectionSetPlan collected = collector.CollectFields(record.Parent.Type, record.Fragment.SelectionSet);
        HashSet<string> delivered = [.. record.Parent.Fields.Where(f => f.Nodes.TrueForAll(n => n.SelectionSet is null)).Select(f => f.ResponseName)];
        return new SelectionSetPlan(collected.Type, [.. collected.Fields.Where(f => !delivered.Contains(f.ResponseName))]) { Deferred = collected.Deferred };
    }

    // Fragments under objects that were delivered become pending with the next ids, in the order met.
    private static List<DeferredRecord> Announce(List<DeferredRecord> met, HashSet<ResultMap> delivered, ref int nextId)
    {
        List<DeferredRecord> pending = [];
        foreach (DeferredRecord record in met)
        {
            if (record.IsDelivered(delivered))
            {
                record.Id = (nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
                pending.Add(record);
            }
        }

        return pending;
    }

    // The errors raised at or below a fragment's object (the first fragment at a position takes them).
    private static List<GraphQLError> Claim(List<GraphQLError> errors, ResponsePath path)
    {
        IReadOnlyList<object> prefix = path.ToList();
        List<GraphQLError> own = [.. errors.Where(e => e.Path is { } p && p.ToList().Take(prefix.Count).SequenceEqual(prefix))];
        errors.RemoveAll(own.Contains);
        return own;
    }

    private static PendingResult ToPending(DeferredRecord record) => new(record.Id, record.Path.ToList(), record.Fragment.Label);

    private GraphQLError Aborted(CancellationToken cancellationToken) => cancellationToken.IsCancellationRequested
        ? new GraphQLError(ExecutionMessages.Cancelled, ErrorCodes.ExecutionCancelled)
        : new GraphQLError(ExecutionMessages.Timeout(_options.ExecutionTimeout), ErrorCodes.ExecutionTimeout);

    /// <summary>What the subsequent payloads of one request share.</summary>
    private sealed class Wave(
        OperationPlan plan,
        OperationExecutor executor,
        ExecutionSynchronizationContext context,
        DeferredWork work,
        CancellationTokenSource requestAborted,
        HashSet<ResultMap> delivered,
        int errorCount,
        int nextId)
    {
        public OperationPlan Plan { get; } = plan;

        public OperationExecutor Executor { get; } = executor;

        public ExecutionSynchronizationContext Context { get; } = context;

        public DeferredWork Work { get; } = work;

        public CancellationTokenSource RequestAborted { get; } = requestAborted;

        public HashSet<ResultMap> Delivered { get; } = delivered;

        public int ErrorCount { get; set; } = errorCount;

        public int NextId { get; set; } = nextId;
    }
}
