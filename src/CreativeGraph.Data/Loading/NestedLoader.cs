using CreativeGraph.Data.Lists;
using CreativeGraph.Data.Paging;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Loading;

/// <summary>
/// The group loader of one selection of a nested list: parent key → its connection (or list). One batch per
/// execution level: the source is rented once, its statement (plus the grouped count when <c>totalCount</c> is
/// selected) runs for every parent key of the batch, and the source is disposed before the values are handed out.
/// </summary>
internal sealed class NestedLoader<TLink, TNode, TKey> : BatchDataLoader<TKey, object>
    where TKey : notnull
{
    private readonly NestedList<TLink, TNode, TKey> _field;
    private readonly ListRequest _request;
    private readonly NestedQuery<TLink, TNode, TKey> _query;
    private readonly IResolverContext _context;

    /// <param name="context">The resolver context that created the loader: its services and the selection's arguments are those of every parent of the batch.</param>
    public NestedLoader(NestedList<TLink, TNode, TKey> field, ListRequest request, IResolverContext context)
    {
        _field = field;
        _request = request;
        _context = context;
        _query = new NestedQuery<TLink, TNode, TKey>(field.LinkKey, field.Node, request, field.Settings.Paging?.NullsFirst ?? true);
    }

    /// <summary>The value of a parent without a key (or without elements): an empty connection or list.</summary>
    public object Empty() => _request.Paging is null ? Array.Empty<TNode>() : Pager.Slice<TNode>([], _request, _request.CountTotal ? 0 : null);

    protected override async Task<IReadOnlyDictionary<TKey, object>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        (IQueryable<TLink> source, IAsyncDisposable? owner) = _field.Source(_context);
        await using (owner)
        {
            HashSet<TKey> requested = [.. keys];
            Dictionary<TKey, object> values = [];
            if (_request.Paging is null)
            {
                foreach (IGrouping<TKey, KeyedNode<TKey, TNode>> group in (await _query.ListAsync(source, owner, keys, _field.Settings.IsOrdered, cancellationToken).ConfigureAwait(false)).GroupBy(n => n.Key))
                {
                    values[group.Key] = group.Select(n => n.Node).ToArray();
                }
            }
            else
            {
                Dictionary<TKey, List<KeyedRow<TNode>>> pages = await _query.PagesAsync(source, owner, keys, cancellationToken).ConfigureAwait(false);
                Dictionary<TKey, int>? counts = _request.CountTotal ? await _query.CountsAsync(source, owner, keys, cancellationToken).ConfigureAwait(false) : null;
                Aggregates.AggregateRows<TLink, TKey>? aggregates = _request.Aggregate ? Aggregates.AggregateFields.Nested(_field.Settings, _field.Source, _field.Node, _field.LinkKey, _request) : null;
                foreach (TKey key in requested)
                {
                    Connection<TNode> connection = Pager.Slice(pages.GetValueOrDefault(key) ?? [], _request, counts is null ? null : counts.GetValueOrDefault(key));
                    if (aggregates is not null)
                    {
                        Aggregates.AggregateScopes.Attach(connection, new Aggregates.AggregateScope<TLink, TKey>(aggregates, key));
                    }

                    values[key] = connection;
                }
            }

            foreach (TKey key in requested)
            {
                values.TryAdd(key, Empty());
            }

            // A composite key filters column by column: drop the groups no parent asked for.
            return values.Where(v => requested.Contains(v.Key)).ToDictionary();
        }
    }
}
