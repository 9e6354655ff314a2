using System.Linq.Expressions;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.KnowledgeGraph.Loaders;

/// <summary>
/// Loads entities by primary key, one <c>WHERE "Id" IN (…)</c> statement per batch, with a DbContext of
/// its own from the pooled factory (no context is shared by concurrent resolvers).
/// </summary>
internal abstract class EntityByIdDataLoader<T>(IDbContextFactory<KnowledgeGraphDbContext> contexts, Expression<Func<T, int>> key)
    : BatchDataLoader<int, T>
    where T : class
{
    private readonly Func<T, int> _key = key.Compile();

    protected override async Task<IReadOnlyDictionary<int, T>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using KnowledgeGraphDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        List<T> rows = await db.Set<T>().AsNoTracking().Where(KeyFilter.In(key, keys)).ToListAsync(cancellationToken);
        return rows.ToDictionary(_key);
    }
}
