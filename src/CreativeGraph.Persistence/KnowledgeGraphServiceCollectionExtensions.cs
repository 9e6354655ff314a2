using CreativeGraph.Persistence.Resilience;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CreativeGraph.Persistence;

public static class KnowledgeGraphServiceCollectionExtensions
{
    // Stateless or keyed by command, so one instance of each serves every context.
    private static readonly IInterceptor[] s_sqliteInterceptors = [new SqliteTuning.ConnectionInterceptor(), new SqliteInterruptInterceptor()];

    /// <summary>
    /// Registers a pooled <see cref="IDbContextFactory{TContext}"/> of <see cref="KnowledgeGraphDbContext"/> for the
    /// configured provider (see <see cref="KnowledgeGraphDatabaseOptions"/>), plus the options themselves.
    /// Sensitive-data logging stays off: parameter values (e-mails included) never reach the logs. Statements that
    /// fail because the database is briefly unreachable are retried (<see cref="ReadRetryingExecutionStrategy"/>).
    /// Interceptors registered as <see cref="IInterceptor"/> services join every context (tests record the SQL this way).
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphPersistence(
        this IServiceCollection services,
        IConfiguration configuration,
        string? contentRootPath = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string root = contentRootPath ?? configuration["contentRoot"] ?? Directory.GetCurrentDirectory();
        return services.AddKnowledgeGraphPersistence(KnowledgeGraphDatabaseOptions.FromConfiguration(configuration, root));
    }

    public static IServiceCollection AddKnowledgeGraphPersistence(this IServiceCollection services, KnowledgeGraphDatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                services.AddPooledDbContextFactory<PostgresKnowledgeGraphDbContext>((sp, o) => o
                    .UseNpgsql(options.ConnectionString)
                    .ReplaceService<IExecutionStrategyFactory, ReadRetryingExecutionStrategyFactory>()
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
                services.AddSingleton<IDbContextFactory<KnowledgeGraphDbContext>>(sp =>
                    new KnowledgeGraphDbContextFactory<PostgresKnowledgeGraphDbContext>(sp.GetRequiredService<IDbContextFactory<PostgresKnowledgeGraphDbContext>>()));
                break;
            default:
                SqliteTuning.ConfigureProcess();
                SqliteFileWatch? watch = SqliteFileWatch.For(options.ConnectionString);
                if (watch is not null)
                {
                    services.AddSingleton(watch);
                }

                IInterceptor[] interceptors = watch is null ? s_sqliteInterceptors : [watch.Interceptor, .. s_sqliteInterceptors];
                services.AddPooledDbContextFactory<SqliteKnowledgeGraphDbContext>((sp, o) => o
                    .UseSqlite(options.ConnectionString)
                    .ReplaceService<IExecutionStrategyFactory, ReadRetryingExecutionStrategyFactory>()
                    .AddInterceptors(interceptors)
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
                services.AddSingleton<IDbContextFactory<KnowledgeGraphDbContext>>(sp =>
                    new KnowledgeGraphDbContextFactory<SqliteKnowledgeGraphDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteKnowledgeGraphDbContext>>()));
                services.AddSingleton(sp => new SqliteContextPool(sp.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>(), sp.GetService<SqliteFileWatch>()));
                break;
        }

        return services;
    }
}
