using CreativeGraph.GraphQL.AspNetCore.Tool;
using CreativeGraph.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CreativeGraph.GraphQL.AspNetCore;

/// <summary>Registers the GraphQL-over-HTTP server (HotChocolate: <c>services.AddGraphQLServer()</c>).</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>The configuration section bound to <see cref="GraphQLHttpOptions"/> (e.g. <c>GraphQL:Http:MaxRequestBodyBytes</c>).</summary>
    public const string ConfigurationSection = "GraphQL:Http";

    /// <summary>
    /// Registers the request executor (one per application, shared by all requests), the endpoint's services and
    /// <see cref="GraphQLHttpOptions"/> (bound to <see cref="ConfigurationSection"/>, then <paramref name="configure"/>).
    /// Map the endpoint with <see cref="GraphQLEndpointExtensions.MapGraphQL"/>.
    /// </summary>
    public static IServiceCollection AddGraphQLServer(
        this IServiceCollection services,
        Func<IServiceProvider, IRequestExecutor> executorFactory,
        Action<GraphQLHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(executorFactory);

        services.AddOptions<GraphQLHttpOptions>().BindConfiguration(ConfigurationSection);
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(executorFactory);
        services.TryAddSingleton<BananaCakePopTool>();
        services.TryAddSingleton<GraphQLHttpHandler>();
        return services;
    }

    /// <summary>Registers an already built executor; see the factory overload.</summary>
    public static IServiceCollection AddGraphQLServer(
        this IServiceCollection services,
        IRequestExecutor executor,
        Action<GraphQLHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(executor);
        return services.AddGraphQLServer(_ => executor, configure);
    }
}
