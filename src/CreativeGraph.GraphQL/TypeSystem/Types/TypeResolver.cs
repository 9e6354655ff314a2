namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>Given a resolved value of an abstract type, returns its object type (or null when unknown).</summary>
public delegate ObjectType? TypeResolver(object value, IResolverContext context);
