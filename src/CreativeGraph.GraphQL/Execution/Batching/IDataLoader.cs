namespace CreativeGraph.GraphQL.Execution;

/// <summary>A request-scoped data loader as the executor's <see cref="BatchScheduler"/> sees it.</summary>
public interface IDataLoader
{
    /// <summary>Binds the loader to the request's scheduler; the executor calls this when it hands the loader out.</summary>
    void Attach(IBatchScheduler scheduler);
}

/// <summary>Collects loaders with pending keys and dispatches them when the executor's current wave settles.</summary>
public interface IBatchScheduler
{
    /// <summary>Fires when the request times out or is cancelled; loaders fetch under it.</summary>
    CancellationToken RequestAborted { get; }

    void Schedule(Func<Task> dispatch);
}
