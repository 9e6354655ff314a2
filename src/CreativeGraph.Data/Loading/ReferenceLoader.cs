using System.Linq.Expressions;
using CreativeGraph.Data.Core;
using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Lists;
using CreativeGraph.Data.Statements;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.TypeSystem;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Data.Loading;

/// <summary>
/// The batch loader of one selection of a reference field (partner → city): one statement per batch,
/// SQL <c>SELECT &lt;projected columns&gt; FROM Cities WHERE Id IN (@keys)</c>; a key without a row loads as null.
/// <paramref name="context"/> is the resolver context that created it: its services and the selection's arguments
/// are those of every parent of the batch.
/// </summary>
internal sealed class ReferenceLoader<TNode, TKey>(
    Func<IResolverContext, RentedQuery<TNode>> source,
    KeyShape<TKey> key,
    ListRequest request,
    IResolverContext context) : BatchDataLoader<TKey, object>
    where TKey : notnull
{

    // Values are loaded as objects, so a field's resolver hands the engine the loader's own task (no conversion).
    protected override async Task<IReadOnlyDictionary<TKey, object>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        (IQueryable<TNode> query, IAsyncDisposable? owner) = source(context);
        await using (owner)
        {
            if (ReferenceStatement<TKey, TNode>.For(query, owner, key, request, keys.Count) is { } statement)
            {
                return await statement.RowsAsync(QueryExecution.ContextOf(owner)!, keys, cancellationToken).ConfigureAwait(false);
            }

            ParameterExpression x = request.X;
            MemberInitExpression row = Expression.MemberInit(
                Expression.New(typeof(KeyedNode<TKey, TNode>)),
                Expression.Bind(typeof(KeyedNode<TKey, TNode>).GetProperty(nameof(KeyedNode<TKey, TNode>.Key))!, key.Rebuild(key.GroupKey(x))),
                Expression.Bind(typeof(KeyedNode<TKey, TNode>).GetProperty(nameof(KeyedNode<TKey, TNode>.Node))!, request.Node));
            IQueryable<KeyedNode<TKey, TNode>> rows = query
                .Where(Expression.Lambda<Func<TNode, bool>>(key.In(x, keys), x))
                .Select(Expression.Lambda<Func<TNode, KeyedNode<TKey, TNode>>>(row, x));
            HashSet<TKey> requested = [.. keys];
            Dictionary<TKey, object> values = [];
            foreach (KeyedNode<TKey, TNode> item in await QueryExecution.ToListAsync(rows, owner, cancellationToken).ConfigureAwait(false))
            {
                if (requested.Contains(item.Key))
                {
                    values.TryAdd(item.Key, item.Node!);
                }
            }

            return values;
        }
    }
}
