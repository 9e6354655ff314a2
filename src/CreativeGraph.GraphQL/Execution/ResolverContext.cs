using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// The <see cref="IResolverContext"/> of one field execution. Pure resolvers share one reused instance per
/// request (they complete synchronously and keep nothing); other resolvers get their own.
/// </summary>
internal sealed class ResolverContext : IResolverContext
{
    private readonly OperationExecutor _executor;
    private LazyPath _lazyPath;
    private ResponsePath? _path;

    public ResolverContext(OperationExecutor executor)
    {
        _executor = executor;
    }

    public Schema Schema => _executor.Schema;

    public ObjectType ObjectType { get; private set; } = null!;

    public OutputField Field => Selection.Field!;

    public IReadOnlyList<FieldNode> FieldNodes => Selection.Nodes;

    public ResponsePath Path => _path ??= _lazyPath.Materialize();

    public object? Parent { get; private set; }

    public IReadOnlyDictionary<string, object?> Arguments { get; private set; } = ArgumentCoercion.Empty;

    public IReadOnlyDictionary<string, object?> Variables => _executor.Variables;

    public IServiceProvider Services => _executor.Services;

    public CancellationToken RequestAborted => _executor.RequestAborted;

    public IDictionary<string, object?> ContextData => _executor.ContextData;

    public T GetOrSetGlobalState<T>(string name, Func<string, T> createValue) => _executor.GetOrSetGlobalState(name, createValue);

    public void RegisterForCleanup(Func<ValueTask> action) => _executor.RegisterForCleanup(action);

    internal CollectedField Selection { get; private set; } = null!;

    internal void Initialize(CollectedField selection, ObjectType objectType, object? parent, LazyPath path, IReadOnlyDictionary<string, object?> arguments)
    {
        Selection = selection;
        ObjectType = objectType;
        Parent = parent;
        _lazyPath = path;
        _path = null;
        Arguments = arguments;
    }

    public T GetParent<T>() => (T)Parent!;

    public T? ArgumentValue<T>(string name) =>
        Arguments.TryGetValue(name, out object? value) ? ArgumentConversion.Convert<T>(value) : default;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public TDataLoader DataLoader<TDataLoader>()
        where TDataLoader : class => _executor.DataLoaders.Get<TDataLoader>();

    public TDataLoader DataLoader<TDataLoader>(object key, Func<IServiceProvider, TDataLoader> create)
        where TDataLoader : class => _executor.DataLoaders.Get(key, create, static (services, create) => create(services));

    public TDataLoader DataLoader<TDataLoader, TState>(object key, TState state, Func<IServiceProvider, TState, TDataLoader> create)
        where TDataLoader : class => _executor.DataLoaders.Get(key, state, create);

    public IReadOnlyList<SelectedField> GetSelections(ObjectType type) => Selected(Selection.GetSubfields(type, _executor.Plan.Collector));

    public IReadOnlyList<SelectedField> GetSelections(SelectedField field, ObjectType type) =>
        Selected(_executor.Plan.Collector.CollectSubfields(type, [.. field.FieldNodes]));

    private static SelectedField[] Selected(SelectionSetPlan plan) =>
        [.. plan.Fields.Where(f => f.Field is not null).Select(f => new SelectedField(f.ResponseName, f.Field!, f.Nodes))];

    public void ReportError(GraphQLError error) =>
        _executor.AddError(error.Path is null ? error.WithPath(Path) : error, Selection);
}
