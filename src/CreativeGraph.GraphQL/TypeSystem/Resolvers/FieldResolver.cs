namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>
/// Resolves a field's value (spec #sec-Value-Resolution). Synchronous resolvers return a completed
/// ValueTask, which costs no allocation.
/// </summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);
