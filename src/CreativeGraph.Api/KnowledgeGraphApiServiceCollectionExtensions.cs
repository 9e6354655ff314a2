using CreativeGraph.Api.KnowledgeGraph;
using CreativeGraph.Api.Operations;
using CreativeGraph.Api.PersistedQueries;
using CreativeGraph.Api.Research.Composition;
using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Relay;
using CreativeGraph.GraphQL.AspNetCore;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api;

/// <summary>Composition of the GraphQL server over the knowledge graph.</summary>
internal static class KnowledgeGraphApiServiceCollectionExtensions
{
    /// <summary>The most ids one <c>nodes(ids:)</c> call may ask for (HotChocolate's option of that name; default 50).</summary>
    public const string MaxAllowedNodeBatchSizeKey = "GraphQL:GlobalObjectIdentification:MaxAllowedNodeBatchSize";

    /// <summary>Where automatic persisted queries are kept: <c>Memory</c> (each instance, the default) or <c>Database</c> (shared).</summary>
    public const string PersistedQueryStoreKey = "GraphQL:PersistedOperations:Store";

    /// <summary>The most automatic persisted queries the database store keeps (default 10 000).</summary>
    public const string MaxStoredPersistedQueriesKey = "GraphQL:PersistedOperations:MaxStoredQueries";

    public static IServiceCollection AddKnowledgeGraphApi(this IServiceCollection services, IConfiguration configuration)
    {
        // AddGraphQLServer binds the engine's own sections (GraphQL:Http, GraphQL:Execution, GraphQL:Parser); the
        // host adds what only this application knows: its error filter and how loaders get the request's services.
        services.AddResearch(configuration);

        // Text filters fold case through CaseFolding.Lower, which the knowledge graph's contexts must translate
        // (the SQLite connections define its function, see SqliteTuning); contains on an indexed name uses the index.
        services.ConfigureDbContext<SqliteKnowledgeGraphDbContext>(o => o.UseCaseFolding(SubstringIndexFilters.Instance));
        services.ConfigureDbContext<PostgresKnowledgeGraphDbContext>(o => o.UseCaseFolding(SubstringIndexFilters.Instance));
        if (string.Equals(configuration[PersistedQueryStoreKey], "Database", StringComparison.OrdinalIgnoreCase))
        {
            int maxStored = configuration.GetValue(MaxStoredPersistedQueriesKey, 10_000);
            services.AddSingleton<IPersistedQueryStore>(sp => new DatabasePersistedQueryStore(sp.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>(), maxStored));
        }

        return services.AddGraphQLServer(
            KnowledgeGraphSchema.Create(
                KnowledgeGraphDatabaseOptions.FromConfiguration(configuration, Directory.GetCurrentDirectory()).Provider,
                configuration.GetValue(MaxAllowedNodeBatchSizeKey, NodeSchemaExtensions.DefaultMaxAllowedNodeBatchSize)),
            configureExecutor: options =>
            {
                options.ErrorFilter = DatabaseErrorFilter.Filter;
                options.DataLoaderFactory = static (type, requestServices) =>
                    ActivatorUtilities.CreateInstance(
                        requestServices ?? throw new InvalidOperationException("Data loaders need the request's services."),
                        type);
            });
    }
}
