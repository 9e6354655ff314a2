using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CreativeGraph.Persistence;

/// <summary>The knowledge graph on SQLite; migrations in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteKnowledgeGraphDbContext(DbContextOptions<SqliteKnowledgeGraphDbContext> options)
    : KnowledgeGraphDbContext(options)
{
    /// <summary>
    /// Adds <see cref="SqliteTuning.ConnectionInterceptor"/> when the options lack it: the triggers of the substring
    /// indexes (<see cref="SubstringIndex"/>) call the function it defines, so no connection of this context may go
    /// without. (The application's pooled options have it already, and pooled options must not change here.)
    /// </summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        if (optionsBuilder.Options.FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<SqliteTuning.ConnectionInterceptor>().Any() != true)
        {
            optionsBuilder.AddInterceptors(new SqliteTuning.ConnectionInterceptor());
        }
    }
}
