using CreativeGraph.Api.KnowledgeGraph;
using CreativeGraph.Api.Operations;
using CreativeGraph.Api.Research;
using CreativeGraph.Data.Expressions;
using CreativeGraph.GraphQL.AspNetCore;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api;

/// <summary>Composition of the GraphQL server over the knowledge graph.</summary>
internal static class KnowledgeGraphApiServiceCollectionExtensions
{
    /// <summary>The configuration section bound to the executor's <see cref="RequestExecutorOptions"/>.</summary>
    public const string ExecutionSection = "GraphQL:Execution";

    public static IServiceCollection AddKnowledgeGraphApi(this IServiceCollection services, IConfiguration configuration)
    {
        // Introspection follows GraphQL:Http:EnableIntrospection and exception details are shown only in
        // Development (AddGraphQLServer); GraphQL:Execution overrides the executor's limits, GraphQL:Parser the parser's.
        services.AddResearch(configuration);

        // Text filters fold case through CaseFolding.Lower, which the knowledge graph's contexts must translate
        // (the SQLite connections define its function, see SqliteTuning).
        services.ConfigureDbContext<SqliteKnowledgeGraphDbContext>(o => o.UseCaseFolding());
        services.ConfigureDbContext<PostgresKnowledgeGraphDbContext>(o => o.UseCaseFolding());
        return services.AddGraphQLServer(
            KnowledgeGraphSchema.Create(KnowledgeGraphDatabaseOptions.FromConfiguration(configuration, Directory.GetCurrentDirectory()).Provider),
            configureExecutor: options =>
            {
                configuration.GetSection(ExecutionSection).Bind(options);
                options.ParserOptions = (configuration.GetSection(ParserLimits.Section).Get<ParserLimits>() ?? new()).ToParserOptions();
                options.ErrorFilter = DatabaseErrorFilter.Filter;
                options.DataLoaderFactory = static (type, requestServices) =>
                    ActivatorUtilities.CreateInstance(
                        requestServices ?? throw new InvalidOperationException("Data loaders need the request's services."),
                        type);
            });
    }
}
