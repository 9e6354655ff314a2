using Microsoft.EntityFrameworkCore.Storage;

namespace CreativeGraph.Persistence.Resilience;

/// <summary>
/// One <see cref="ReadRetryingExecutionStrategy"/> per context, made on first use and reused for every statement
/// after. EF Core's own factory makes a strategy each time one is asked for, and each seeds a new
/// <see cref="Random"/> from the system's entropy, which a short read pays for again and again. A strategy keeps
/// state only for the execution it runs (the exceptions met, cleared as the next begins), and a context runs one
/// execution at a time, so sharing it within the context is safe.
/// </summary>
internal sealed class ReadRetryingExecutionStrategyFactory(ExecutionStrategyDependencies dependencies) : IExecutionStrategyFactory
{
    private ReadRetryingExecutionStrategy? _strategy;

    public IExecutionStrategy Create() => _strategy ??= new ReadRetryingExecutionStrategy(dependencies);
}
