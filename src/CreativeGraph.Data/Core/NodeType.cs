using System.Linq.Expressions;
using CreativeGraph.Data.Expressions;

namespace CreativeGraph.Data.Core;

/// <summary>One object type declared a <c>Node</c>: how its objects are fetched by key, many at once.</summary>
internal abstract class NodeType(string typeName)
{
    public string TypeName { get; } = typeName;

    /// <summary>One statement, <c>WHERE key IN (@ids)</c>, over a source rented for the call and returned after it.</summary>
    public abstract Task<IReadOnlyDictionary<int, object>> LoadAsync(IServiceProvider services, IReadOnlyList<int> ids, CancellationToken cancellationToken);
}

/// <inheritdoc />
internal sealed class NodeType<T>(
    string typeName,
    Expression<Func<T, int>> key,
    Func<IServiceProvider, RentedQuery<T>> source) : NodeType(typeName)
    where T : class
{
    private readonly Func<T, int> _key = key.Compile();
    private readonly KeyShape<int> _shape = new(key);

    public int KeyOf(T node) => _key(node);

    public override async Task<IReadOnlyDictionary<int, object>> LoadAsync(IServiceProvider services, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        (IQueryable<T> query, IAsyncDisposable? owner) = source(services);
        await using (owner)
        {
            // SQL: WHERE x.Id IN (@ids), the key filter every batch loader of the data layer uses
            Expression<Func<T, bool>> wanted = Expression.Lambda<Func<T, bool>>(_shape.In(key.Parameters[0], ids), key.Parameters);
            List<T> rows = await QueryExecution.ToListAsync(query.Where(wanted), owner, cancellationToken).ConfigureAwait(false);
            return rows.ToDictionary(_key, r => (object)r);
        }
    }
}
