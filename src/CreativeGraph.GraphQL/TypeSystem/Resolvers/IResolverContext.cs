using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// What a resolver sees of the execution (spec #sec-Value-Resolution: objectType, objectValue, fieldName,
/// argumentValues), plus the request's services, cancellation, data loaders and error reporting.
/// One context per field execution; do not keep it beyond the resolver call.
/// </summary>
public interface IResolverContext
{
    Schema Schema { get; }

    /// <summary>The object type whose field is being resolved.</summary>
    ObjectType ObjectType { get; }

    OutputField Field { get; }

    /// <summary>The field selections merged into this response key (spec CollectFields); at least one.</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    ResponsePath Path { get; }

    /// <summary>The parent's resolved value (objectValue).</summary>
    object? Parent { get; }

    /// <summary>The coerced argument values (spec CoerceArgumentValues); absent arguments without default are missing.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The coerced variable values of the operation.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    IServiceProvider Services { get; }

    CancellationToken RequestAborted { get; }

    /// <summary>State shared by the whole request (the caller's identity, request options…).</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>
    /// The request's state named <paramref name="name"/> (an entry of <see cref="ContextData"/>), made by
    /// <paramref name="createValue"/> on first use; safe to call from resolvers running concurrently.
    /// </summary>
    T GetOrSetGlobalState<T>(string name, Func<string, T> createValue);

    /// <summary>
    /// Runs <paramref name="action"/> once the request's execution has completed: after its last resolver and data
    /// loader, before its result is written. A request that timed out runs it once the work it left behind has
    /// finished; one delivered incrementally (<c>@defer</c>, <c>@stream</c>) after each part. For what lives as long as
    /// the request's work, e.g. a database connection its statements share.
    /// </summary>
    void RegisterForCleanup(Func<ValueTask> action);

    T GetParent<T>();

    /// <summary>The coerced value of an argument, converted to <typeparamref name="T"/>; default when absent.</summary>
    T? ArgumentValue<T>(string name);

    /// <summary>True when the argument was given (literally or by a variable) or has a default value.</summary>
    bool HasArgument(string name);

    /// <summary>A request-scoped data loader; one instance per request and loader type.</summary>
    TDataLoader DataLoader<TDataLoader>()
        where TDataLoader : class;

    /// <summary>
    /// A request-scoped data loader for <paramref name="key"/> (e.g. one per field selection, so each selection
    /// batches its own keys): one instance per request, loader type and key, made by <paramref name="create"/>
    /// (given the request services) on first use and attached to the request's batch scheduler like the others.
    /// </summary>
    TDataLoader DataLoader<TDataLoader>(object key, Func<IServiceProvider, TDataLoader> create)
        where TDataLoader : class;

    /// <summary>
    /// As <see cref="DataLoader{TDataLoader}(object, Func{IServiceProvider, TDataLoader})"/>, with the state
    /// <paramref name="create"/> needs passed alongside, so a resolver that runs once per parent allocates no closure
    /// to look its loader up.
    /// </summary>
    TDataLoader DataLoader<TDataLoader, TState>(object key, TState state, Func<IServiceProvider, TState, TDataLoader> create)
        where TDataLoader : class => DataLoader(key, services => create(services, state));

    /// <summary>
    /// The fields selected below this field for the given object type (spec CollectFields with
    /// @skip/@include applied), keyed by response name, in order. Used by projections.
    /// </summary>
    IReadOnlyList<SelectedField> GetSelections(ObjectType type);

    /// <summary>
    /// The fields selected below <paramref name="field"/> (a result of <see cref="GetSelections(ObjectType)"/>, or
    /// of this method, for deeper levels) for the given object type, as spec CollectSubfields collects them.
    /// </summary>
    IReadOnlyList<SelectedField> GetSelections(SelectedField field, ObjectType type);

    /// <summary>Reports a field error without failing the field (the value is still completed).</summary>
    void ReportError(GraphQLError error);
}
