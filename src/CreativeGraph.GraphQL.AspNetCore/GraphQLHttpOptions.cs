namespace CreativeGraph.GraphQL.AspNetCore;

/// <summary>
/// Options of the GraphQL-over-HTTP endpoint mapped by
/// <see cref="GraphQLEndpointExtensions.MapGraphQL(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder, string)"/>.
/// Configure them with <see cref="GraphQLServiceCollectionExtensions.AddGraphQLServer(Microsoft.Extensions.DependencyInjection.IServiceCollection, Func{IServiceProvider, CreativeGraph.GraphQL.Execution.IRequestExecutor}, Action{GraphQLHttpOptions}?)"/>
/// or the configuration section <c>GraphQL:Http</c>.
/// </summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The largest accepted POST body in bytes (HotChocolate: about 20 MB); larger bodies get 413 and <c>HC0010</c>.</summary>
    public long MaxRequestBodyBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>How long the server waits for a complete request body before answering 408.</summary>
    public TimeSpan RequestBodyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The deepest nesting of JSON objects and arrays accepted in a request body or GET parameter.</summary>
    public int MaxJsonDepth { get; set; } = 64;

    /// <summary>Whether queries may be sent with GET (mutations never may: 405 with <c>Allow: POST</c>).</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Whether <c>GET /graphql?sdl</c>, <c>GET /graphql/schema</c> and <c>GET /graphql/schema.graphql</c> return the schema as SDL.</summary>
    public bool EnableSchemaRequests { get; set; } = true;

    /// <summary>
    /// Whether introspection is allowed: becomes <see cref="CreativeGraph.GraphQL.Execution.RequestExecutorOptions.EnableIntrospection"/>
    /// of the executor registered with the <see cref="CreativeGraph.GraphQL.TypeSystem.Schema"/> overload of <c>AddGraphQLServer</c>
    /// (the executor then answers <c>HC0046</c>). True by default: our graph is a public dataset explored in the IDE.
    /// </summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>The Banana Cake Pop GraphQL IDE served to browsers on <c>GET /graphql</c>.</summary>
    public GraphQLToolOptions Tool { get; } = new();
}
