namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// The data loaders of one request: one instance per loader type, taken from the request services when
/// registered there, else created by <see cref="RequestExecutorOptions.DataLoaderFactory"/>; and keyed loaders,
/// one instance per (type, key) created by the caller (e.g. one per field selection).
/// </summary>
internal sealed class DataLoaderRegistry
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Type, object> _loaders = [];
    private Dictionary<(Type Type, object Key), object>? _keyed;
    private readonly IServiceProvider? _services;
    private readonly Func<Type, IServiceProvider?, object>? _factory;
    private readonly BatchScheduler _scheduler;

    public DataLoaderRegistry(IServiceProvider? services, Func<Type, IServiceProvider?, object>? factory, BatchScheduler scheduler)
    {
        _services = services;
        _factory = factory;
        _scheduler = scheduler;
    }

    public T Get<T>()
        where T : class
    {
        lock (_lock)
        {
            if (_loaders.TryGetValue(typeof(T), out object? existing))
            {
                return (T)existing;
            }

            object loader = _services?.GetService(typeof(T))
                ?? _factory?.Invoke(typeof(T), _services)
                ?? throw new InvalidOperationException(
                    $"The data loader {typeof(T).Name} is neither registered in the request services nor created by RequestExecutorOptions.DataLoaderFactory.");
            (loader as IDataLoader)?.Attach(_scheduler);
            _loaders[typeof(T)] = loader;
            return (T)loader;
        }
    }

    /// <summary>The loader of type <typeparamref name="T"/> for <paramref name="key"/>; <paramref name="create"/> runs on first use, given <paramref name="state"/>.</summary>
    public T Get<T, TState>(object key, TState state, Func<IServiceProvider, TState, T> create)
        where T : class
    {
        lock (_lock)
        {
            _keyed ??= [];
            if (_keyed.TryGetValue((typeof(T), key), out object? existing))
            {
                return (T)existing;
            }

            T loader = create(_services ?? EmptyServiceProvider.Instance, state);
            (loader as IDataLoader)?.Attach(_scheduler);
            _keyed[(typeof(T), key)] = loader;
            return loader;
        }
    }
}
