using System.Linq.Expressions;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.KnowledgeGraph.Loaders;

/// <summary>
/// Loads the children of many parents by foreign key, one <c>WHERE "ParentId" IN (…) ORDER BY …</c>
/// statement per batch, grouped by parent.
/// </summary>
internal abstract class EntitiesByKeyDataLoader<T>(
    IDbContextFactory<KnowledgeGraphDbContext> contexts,
    Expression<Func<T, int?>> foreignKey,
    Func<IQueryable<T>, IQueryable<T>>? shape = null)
    : GroupedDataLoader<int, T>
    where T : class
{
    private readonly Func<T, int?> _foreignKey = foreignKey.Compile();

    protected override async Task<ILookup<int, T>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using KnowledgeGraphDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        IQueryable<T> query = db.Set<T>().AsNoTracking().Where(KeyFilter.In(foreignKey, [.. keys.Select(k => (int?)k)]));
        List<T> rows = await (shape is null ? query : shape(query)).ToListAsync(cancellationToken);
        return rows.ToLookup(row => _foreignKey(row)!.Value);
    }
}
