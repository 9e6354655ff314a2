namespace CreativeGraph.GraphQL.Execution;

/// <summary>The services of a request that came without any: every lookup finds nothing.</summary>
internal sealed class EmptyServiceProvider : IServiceProvider
{
    public static readonly EmptyServiceProvider Instance = new();

    public object? GetService(Type serviceType) => null;
}
