using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// Executes one operation of one request (spec #sec-Executing-Operations and #sec-Executing-Selection-Sets):
/// the request-scoped state, ExecuteRootSelectionSet in normal or serial mode, and ExecuteCollectedFields.
/// Field execution is in <c>OperationExecutor.Fields.cs</c>, value completion in <see cref="ValueCompleter"/>.
/// </summary>
internal sealed partial class OperationExecutor
{
    /// <summary>
    /// Marks a response position that raised an execution error already reported (spec
    /// #sec-Handling-Execution-Errors): a nullable position stores null, a non-null one propagates it.
    /// </summary>
    internal static readonly object Invalid = new();

    // Guards the errors, the request-wide state and the cleanups (one lock: a request rarely contends for them).
    private readonly Lock _lock = new();
    private readonly RequestExecutorOptions _options;
    private readonly ValueCompleter _completer;
    private readonly GraphQLRequest _request;
    private readonly BatchScheduler _batches;
    private List<GraphQLError>? _errors;
    private ResolverContext? _pureContext;
    private Dictionary<string, object?>? _contextData;
    private DataLoaderRegistry? _dataLoaders;
    private List<Func<ValueTask>>? _cleanups;

    public OperationExecutor(
        Schema schema,
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequest request,
        RequestExecutorOptions options,
        BatchScheduler batches,
        CancellationToken requestAborted)
    {
        Schema = schema;
        Plan = plan;
        Variables = variables;
        Services = request.Services ?? EmptyServiceProvider.Instance;
        RequestAborted = requestAborted;
        _request = request;
        _batches = batches;
        _options = options;
        _completer = new ValueCompleter(this);
    }

    public Schema Schema { get; }

    public OperationPlan Plan { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public IServiceProvider Services { get; }

    /// <summary>The request's context data, copied on first use so resolvers may add to it.</summary>
    public IDictionary<string, object?> ContextData => _contextData ??= _request.ContextData is null
        ? new Dictionary<string, object?>(StringComparer.Ordinal)
        : new Dictionary<string, object?>(_request.ContextData, StringComparer.Ordinal);

    public CancellationToken RequestAborted { get; }

    public T GetOrSetGlobalState<T>(string name, Func<string, T> createValue)
    {
        lock (_lock)
        {
            if (ContextData.TryGetValue(name, out object? existing) && existing is T value)
            {
                return value;
            }

            T created = createValue(name);
            ContextData[name] = created;
            return created;
        }
    }

    public void RegisterForCleanup(Func<ValueTask> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        lock (_lock)
        {
            (_cleanups ??= []).Add(action);
        }
    }

    /// <summary>Runs the cleanups registered so far, each once, in order; a failure fails the request after all have run.</summary>
    public ValueTask CleanUpAsync() => Volatile.Read(ref _cleanups) is null ? default : RunCleanupsAsync();

    private async ValueTask RunCleanupsAsync()
    {
        List<Func<ValueTask>>? cleanups;
        lock (_lock)
        {
            cleanups = _cleanups;
            _cleanups = null;
        }

        List<Exception>? failures = null;
        foreach (Func<ValueTask> cleanup in cleanups ?? [])
        {
            try
            {
                await cleanup().ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                (failures ??= []).Add(ex);
            }
        }

        if (failures is not null)
        {
            throw failures.Count == 1 ? failures[0] : new AggregateException(failures);
        }
    }

    /// <summary>The deferred fragments and streams met so far, when the request is delivered incrementally; null otherwise.</summary>
    public IncrementalWork? Incremental { get; init; }

    public DataLoaderRegistry DataLoaders =>
        Volatile.Read(ref _dataLoaders)
        ?? Interlocked.CompareExchange(ref _dataLoaders, new DataLoaderRegistry(_request.Services, _options.DataLoaderFactory, _batches), null)
        ?? _dataLoaders!;

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_lock)
            {
                return _errors is null ? [] : [.. _errors];
            }
        }
    }

    /// <summary>ExecuteRootSelectionSet: serial for mutations, normal otherwise; a propagated error makes data null.</summary>
    public async ValueTask<object?> ExecuteRootAsync(object? rootValue, bool serial)
    {
        object? data = serial
            ? await ExecuteSeriallyAsync(Plan.Root, rootValue).ConfigureAwait(true)
            : await ExecuteCollectedFieldsAsync(Plan.Root, rootValue, LazyPath.Root).ConfigureAwait(true);
        return ReferenceEquals(data, Invalid) ? null : data;
    }

    /// <summary>
    /// ExecuteCollectedFields, normally: every field starts before any is awaited, so async resolvers run
    /// concurrently; synchronous fields complete inline without a Task.
    /// </summary>
    public ValueTask<object?> ExecuteCollectedFieldsAsync(SelectionSetPlan plan, object? objectValue, LazyPath path)
    {
        ResultMap map = plan.Shape.Rent(path);
        CollectedField[] fields = plan.Fields;

        // Most objects wait on one field at most (a reference the next batch loads): that one is held here, and
        // completed in the object's own continuation when it is a resolver's result; a list is made for a second.
        int firstIndex = -1;
        ValueTask<object?> first = default;
        bool firstResolving = false;
        List<(int Index, Task<object?> Task)>? pending = null;
        bool invalid = false;
        for (int i = 0; i < fields.Length; i++)
        {
            LazyPath fieldPath = LazyPath.Field(map, i);
            ValueTask<object?> value = StartField(fields[i], plan.Type, objectValue, fieldPath, out bool resolving);
            if (resolving && firstIndex >= 0)
            {
                value = AwaitResolverAsync(value, fields[i], fieldPath);
                resolving = false;
            }

            if (value.IsCompletedSuccessfully && !resolving)
            {
                invalid |= Store(map, i, fields[i], value.Result);
            }
            else if (firstIndex < 0)
            {
                (firstIndex, first, firstResolving) = (i, value, resolving);
            }
            else
            {
                if (pending is null)
                {
                    ValueTask<object?> held = firstResolving ? AwaitResolverAsync(first, fields[firstIndex], LazyPath.Field(map, firstIndex)) : first;
                    pending = [(firstIndex, held.AsTask())];
                }

                pending.Add((i, value.AsTask()));
            }
        }

        if (pending is not null)
        {
            return AwaitFieldsAsync(plan, objectValue, map, pending, invalid);
        }

        if (firstIndex >= 0)
        {
            return AwaitFieldAsync(plan, objectValue, map, firstIndex, first, firstResolving, invalid);
        }

        MeetDeferred(plan, objectValue, map);
        return new ValueTask<object?>(invalid ? Invalid : map);
    }

    // The object's deferred fragments are met once its own fields are complete, so the work met inside those fields
    // comes first (graphql-js 17's order of announcing).
    private void MeetDeferred(SelectionSetPlan plan, object? objectValue, ResultMap map)
    {
        if (plan.Deferred is not null)
        {
            Incremental?.Add(plan, objectValue, map);
        }
    }

    /// <summary>The items of a stream after its initial ones (see <see cref="ValueCompleter.CompleteStreamedItemsAsync"/>).</summary>
    public ValueTask<object?> CompleteStreamedItemsAsync(StreamRecord stream) => _completer.CompleteStreamedItemsAsync(stream);

    // Spec #sec-Normal-and-Serial-Execution: each root mutation field completes before the next starts.
    private async ValueTask<object?> ExecuteSeriallyAsync(SelectionSetPlan plan, object? objectValue)
    {
        ResultMap map = plan.Shape.Rent(LazyPath.Root);
        bool invalid = false;
        for (int i = 0; i < plan.Fields.Length; i++)
        {
            object? value = await ExecuteFieldAsync(plan.Fields[i], plan.Type, objectValue, LazyPath.Field(map, i)).ConfigureAwait(true);
            invalid |= Store(map, i, plan.Fields[i], value);
        }

        return invalid ? Invalid : map;
    }

    // The object's one pending field: a completed value still to come, or (resolving) a resolver's result to await
    // and complete here, as AwaitResolverAsync would in a continuation of its own.
    private async ValueTask<object?> AwaitFieldAsync(SelectionSetPlan plan, object? objectValue, ResultMap map, int index, ValueTask<object?> pending, bool resolving, bool invalid)
    {
        CollectedField selection = plan.Fields[index];
        object? value;
        try
        {
            value = await pending.ConfigureAwait(true);
        }
        catch (Exception ex) when (resolving)
        {
            HandleFieldError(ex, selection, LazyPath.Field(map, index));
            value = Invalid;
            resolving = false;
        }

        if (resolving)
        {
            value = await _completer.CompleteValueAsync(selection.Field!.Type.NullableType(), selection, value, LazyPath.Field(map, index)).ConfigureAwait(true);
        }

        invalid |= Store(map, index, selection, value);
        MeetDeferred(plan, objectValue, map);
        return invalid ? Invalid : map;
    }

    private async ValueTask<object?> AwaitFieldsAsync(SelectionSetPlan plan, object? objectValue, ResultMap map, List<(int Index, Task<object?> Task)> pending, bool invalid)
    {
        foreach ((int index, Task<object?> task) in pending)
        {
            invalid |= Store(map, index, plan.Fields[index], await task.ConfigureAwait(true));
        }

        MeetDeferred(plan, objectValue, map);
        return invalid ? Invalid : map;
    }

    /// <summary>
    /// Stores a field's completed value; true when a non-null field failed and the whole map must propagate. A null
    /// in a Non-Null field raises its execution error here (spec CompleteValue, Non-Null).
    /// </summary>
    private bool Store(ResultMap map, int index, CollectedField field, object? value)
    {
        if (value is null && field.Field?.Type is NonNullType)
        {
            _completer.RaiseNonNullViolation(field, LazyPath.Field(map, index));
            value = Invalid;
        }

        if (ReferenceEquals(value, Invalid))
        {
            map.Values[index] = null;
            return field.Field?.Type.IsNonNull() == true;
        }

        map.Values[index] = value;
        return false;
    }

    internal ResolverContext RentContext(bool pure)
    {
        if (!pure)
        {
            return new ResolverContext(this);
        }

        return _pureContext ??= new ResolverContext(this);
    }

    internal void AddError(GraphQLError error, CollectedField? field)
    {
        if (error.Locations is null && field is not null && field.Locations.Count > 0)
        {
            error = error.WithLocations(field.Locations);
        }

        lock (_lock)
        {
            (_errors ??= []).Add(error);
        }

        Incremental?.Raised(error);
    }
}
