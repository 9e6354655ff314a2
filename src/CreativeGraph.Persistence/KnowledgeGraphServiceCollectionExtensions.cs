using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
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
    /// Sensitive-data logging stays off: parameter values (e-mails included) never reach the logs. Interceptors
    /// registered as <see cref="IInterceptor"/> services join every context (tests record the SQL this way).
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
                services.AddPooledDbContextFactory<PostgresKnowledgeGraphDbContext>((sp, o) => o.UseNpgsql(options.ConnectionString).AddInterceptors(sp.GetServices<IInterceptor>()));
                services.AddSingleton<IDbContextFactory<KnowledgeGraphDbContext>>(sp =>
                    new KnowledgeGraphDbContextFactory<PostgresKnowledgeGraphDbContext>(sp.GetRequiredService<IDbContextFactory<PostgresKnowledgeGraphDbContext>>()));
                break;
            default:
                SqliteTuning.ConfigureProcess();
                services.AddPooledDbContextFactory<SqliteKnowledgeGraphDbContext>((sp, o) =>
                    o.UseSqlite(options.ConnectionString).AddInterceptors(s_sqliteInterceptors).AddInterceptors(sp.GetServices<IInterceptor>()));
                services.AddSingleton<IDbContextFactory<KnowledgeGraphDbContext>>(sp =>
                    new KnowledgeGraphDbContextFactory<SqliteKnowledgeGraphDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteKnowledgeGraphDbContext>>()));
                break;
        }

        return services;
    }
}
