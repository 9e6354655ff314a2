using CreativeGraph.GraphQL.AspNetCore.Logging;
using CreativeGraph.GraphQL.AspNetCore.PersistedOperations;
using CreativeGraph.GraphQL.AspNetCore.Tool;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.TypeSystem;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CreativeGraph.GraphQL.AspNetCore;

/// <summary>Registers the GraphQL-over-HTTP server (HotChocolate: <c>services.AddGraphQLServer()</c>).</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>The configuration section bound to <see cref="GraphQLHttpOptions"/> (e.g. <c>GraphQL:Http:MaxRequestBodyBytes</c>).</summary>
    public const string ConfigurationSection = "GraphQL:Http";

    /// <summary>The configuration section bound to the executor's <see cref="RequestExecutorOptions"/> (e.g. <c>GraphQL:Execution:MaxCost</c>).</summary>
    public const string ExecutionSection = "GraphQL:Execution";

    /// <summary>The configuration section bound to <see cref="GraphQLParserOptions"/> (e.g. <c>GraphQL:Parser:MaxTokens</c>).</summary>
    public const string ParserSection = "GraphQL:Parser";

    /// <summary>The configuration section bound to <see cref="PersistedOperationOptions"/> (e.g. <c>GraphQL:PersistedOperations:OnlyAllowPersistedDocuments</c>).</summary>
    public const string PersistedOperationsSection = "GraphQL:PersistedOperations";

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
        services.AddOptions<PersistedOperationOptions>().BindConfiguration(PersistedOperationsSection);
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(executorFactory);
        services.TryAddSingleton<BananaCakePopTool>();
        services.TryAddSingleton<GraphQLHttpHandler>();
        services.TryAddSingleton<TrustedDocuments>();
        services.TryAddSingleton<IPersistedQueryStore, InMemoryPersistedQueryStore>();
        services.TryAddSingleton<PersistedOperationResolver>();
        services.AddLogging();
        services.TryAddSingleton<GraphQLRequestLog>();
        return services;
    }

    /// <summary>
    /// Registers a <see cref="RequestExecutor"/> over <paramref name="schema"/> with its options built in this order:
    /// introspection follows <see cref="GraphQLHttpOptions.EnableIntrospection"/> (HC0046 when off) and exception
    /// details are shown only in the Development environment (HotChocolate's default); then the configuration sections
    /// <see cref="ExecutionSection"/> and <see cref="ParserSection"/>; then <paramref name="configureExecutor"/>.
    /// </summary>
    public static IServiceCollection AddGraphQLServer(
        this IServiceCollection services,
        Schema schema,
        Action<GraphQLHttpOptions>? configure = null,
        Action<RequestExecutorOptions>? configureExecutor = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(schema);
        services.AddOptions<GraphQLParserOptions>().BindConfiguration(ParserSection);
        services.AddOptions<RequestExecutorOptions>()
            .Configure<IServiceProvider>(static (options, sp) =>
            {
                options.EnableIntrospection = sp.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.EnableIntrospection;
                options.IncludeExceptionDetails = sp.GetService<IHostEnvironment>()?.IsDevelopment() == true;
                options.RequestObserver = sp.GetRequiredService<GraphQLRequestLog>();
                // A clock the host registers (a test's fake one) also times requests out.
                options.TimeProvider = sp.GetService<TimeProvider>() ?? TimeProvider.System;
            })
            .BindConfiguration(ExecutionSection)
            .Configure<IOptions<GraphQLParserOptions>>(static (options, parser) => options.ParserOptions = parser.Value.ToParserOptions());
        if (configureExecutor is not null)
        {
            services.Configure(configureExecutor);
        }

        return services.AddGraphQLServer(
            sp => new RequestExecutor(schema, sp.GetRequiredService<IOptions<RequestExecutorOptions>>().Value),
            configure);
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
