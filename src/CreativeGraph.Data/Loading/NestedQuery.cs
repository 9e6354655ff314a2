using System.Linq.Expressions;
using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Lists;
using CreativeGraph.Data.Sorting;
using CreativeGraph.Data.Statements;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Data.Loading;

/// <summary>
/// The statements of one batch of a nested list, for all its parents at once. Elements are links (<typeparamref name="TLink"/>,
/// e.g. Participation) reached by the parent key and mapped to their far-end node (<typeparamref name="TNode"/>, e.g.
/// Partner; the link itself when they are one type); <c>where</c>, <c>order</c> and cursors apply to the node.
/// <list type="bullet">
/// <item>Pages: <c>GroupBy(linkKey).Select(g =&gt; new { g.Key, Rows = g.OrderBy(…).Take(n + 1).Select(…).ToList() })</c>,
/// which EF Core 10 translates on SQLite and PostgreSQL to ONE statement:
/// SQL <c>… LEFT JOIN (SELECT …, ROW_NUMBER() OVER (PARTITION BY l."RegionId" ORDER BY …) AS row …) WHERE row &lt;= @n</c>.</item>
/// <item>totalCount: <c>SELECT parent_key, COUNT(*) … GROUP BY parent_key</c>, one more statement, only when selected.</item>
/// <item>Plain lists: <c>WHERE parent_key IN (…) ORDER BY …</c>, grouped in memory (order kept).</item>
/// </list>
/// (<c>GroupBy(…).SelectMany(g =&gt; g.OrderBy(…).Take(n))</c> is not translated by EF Core 10, and a correlated
/// <c>SelectMany</c> over the key array runs one statement per parent on SQLite.)
/// Pages and counts of the plain case (no <c>where</c>, no cursor, plain columns) run as statements of the data
/// layer's own instead (<see cref="NestedWindowStatement{TKey, TNode}"/>, <see cref="NestedCountStatement{TKey}"/>).
/// </summary>
internal sealed class NestedQuery<TLink, TNode, TKey>
    where TKey : notnull
{
    private readonly KeyShape<TKey> _linkKey;
    private readonly ListRequest _request;
    private readonly bool _nullsFirst;
    private readonly ParameterExpression _l = Expression.Parameter(typeof(TLink), "l");
    private readonly Expression _node;

    public NestedQuery(KeyShape<TKey> linkKey, LambdaExpression node, ListRequest request, bool nullsFirst)
    {
        _linkKey = linkKey;
        _request = request;
        _nullsFirst = nullsFirst;
        _node = new ParameterReplacer(node.Parameters[0], _l).Visit(node.Body);
    }

    public async Task<Dictionary<TKey, List<KeyedRow<TNode>>>> PagesAsync(IQueryable<TLink> source, object? owner, IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        if (NestedWindowStatement<TKey, TNode>.For(source, owner, _linkKey, _node, _l, _request, keys.Count) is { } window)
        {
            return await window.PagesAsync(QueryExecution.ContextOf(owner)!, keys, _request.Take, cancellationToken).ConfigureAwait(false);
        }

        IQueryable<TLink> rows = Where(source, keys, _request.PageConditions(_nullsFirst));
        Expression groupKey = _linkKey.GroupKey(_l);
        ParameterExpression g = Expression.Parameter(typeof(IGrouping<,>).MakeGenericType(groupKey.Type, typeof(TLink)), "g");

        // g.OrderBy(k1).ThenBy(k2)….Take(@n).Select(l => new KeyedRow { Node = …, Keys = [k1, k2, …] }).ToList()
        Expression ordered = SortTranslator.Apply(g, typeof(Enumerable), _l, OnNode(_request.Keys), reverse: _request.Backward);
        Expression taken = LinqMethods.Call(typeof(Enumerable), nameof(Enumerable.Take), [typeof(TLink)], ordered, ParameterBox.Create(_request.Take, typeof(int)));
        LambdaExpression row = Expression.Lambda(Pager.Row<TNode>(OnNode(_request.Node), OnNode(_request.KeyValues())), _l);
        Expression selected = LinqMethods.Call(typeof(Enumerable), nameof(Enumerable.Select), [typeof(TLink), typeof(KeyedRow<TNode>)], taken, row);
        Expression list = LinqMethods.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(KeyedRow<TNode>)], selected);
        MemberInitExpression page = Expression.MemberInit(
            Expression.New(typeof(KeyedPage<TKey, TNode>)),
            Expression.Bind(typeof(KeyedPage<TKey, TNode>).GetProperty(nameof(KeyedPage<TKey, TNode>.Key))!, _linkKey.Rebuild(Expression.Property(g, "Key"))),
            Expression.Bind(typeof(KeyedPage<TKey, TNode>).GetProperty(nameof(KeyedPage<TKey, TNode>.Rows))!, list));

        IQueryable<KeyedPage<TKey, TNode>> pages = Grouped<KeyedPage<TKey, TNode>>(rows, groupKey, Expression.Lambda(page, g));
        Dictionary<TKey, List<KeyedRow<TNode>>> result = [];
        foreach (KeyedPage<TKey, TNode> item in await QueryExecution.ToListAsync(pages, owner, cancellationToken).ConfigureAwait(false))
        {
            result[item.Key] = item.Rows;
        }

        return result;
    }

    public async Task<Dictionary<TKey, int>> CountsAsync(IQueryable<TLink> source, object? owner, IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        if (NestedCountStatement<TKey>.For(source, owner, _linkKey, _request, keys.Count) is { } grouped)
        {
            return await grouped.CountsAsync(QueryExecution.ContextOf(owner)!, keys, cancellationToken).ConfigureAwait(false);
        }

        IQueryable<TLink> rows = Where(source, keys, _request.Filter is null ? [] : [_request.Filter]);
        Expression groupKey = _linkKey.GroupKey(_l);
        ParameterExpression g = Expression.Parameter(typeof(IGrouping<,>).MakeGenericType(groupKey.Type, typeof(TLink)), "g");
        MemberInitExpression count = Expression.MemberInit(
            Expression.New(typeof(KeyedCount<TKey>)),
            Expression.Bind(typeof(KeyedCount<TKey>).GetProperty(nameof(KeyedCount<TKey>.Key))!, _linkKey.Rebuild(Expression.Property(g, "Key"))),
            Expression.Bind(typeof(KeyedCount<TKey>).GetProperty(nameof(KeyedCount<TKey>.Count))!, LinqMethods.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(TLink)], g)));

        IQueryable<KeyedCount<TKey>> counts = Grouped<KeyedCount<TKey>>(rows, groupKey, Expression.Lambda(count, g));
        return (await QueryExecution.ToListAsync(counts, owner, cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Key, c => c.Count);
    }

    public async Task<List<KeyedNode<TKey, TNode>>> ListAsync(IQueryable<TLink> source, object? owner, IReadOnlyList<TKey> keys, bool ordered, CancellationToken cancellationToken)
    {
        IQueryable<TLink> rows = Where(source, keys, _request.Filter is null ? [] : [_request.Filter]);
        if (ordered)
        {
            rows = rows.Provider.CreateQuery<TLink>(SortTranslator.Apply(rows.Expression, typeof(Queryable), _l, OnNode(_request.Keys), reverse: false));
        }

        MemberInitExpression node = Expression.MemberInit(
            Expression.New(typeof(KeyedNode<TKey, TNode>)),
            Expression.Bind(typeof(KeyedNode<TKey, TNode>).GetProperty(nameof(KeyedNode<TKey, TNode>.Key))!, _linkKey.Rebuild(_linkKey.GroupKey(_l))),
            Expression.Bind(typeof(KeyedNode<TKey, TNode>).GetProperty(nameof(KeyedNode<TKey, TNode>.Node))!, OnNode(_request.Node)));
        return await QueryExecution.ToListAsync(rows.Select(Expression.Lambda<Func<TLink, KeyedNode<TKey, TNode>>>(node, _l)), owner, cancellationToken).ConfigureAwait(false);
    }

    // WHERE parent_key IN (@keys) AND <conditions on the node>
    private IQueryable<TLink> Where(IQueryable<TLink> source, IReadOnlyList<TKey> keys, IEnumerable<Expression> conditions) =>
        source.Where(Expression.Lambda<Func<TLink, bool>>(Comparisons.All([_linkKey.In(_l, keys), .. conditions.Select(OnNode)]), _l));

    // SELECT … GROUP BY parent_key
    private IQueryable<TResult> Grouped<TResult>(IQueryable<TLink> rows, Expression groupKey, LambdaExpression select)
    {
        Expression grouped = LinqMethods.Call(typeof(Queryable), nameof(Queryable.GroupBy), [typeof(TLink), groupKey.Type], rows.Expression, Expression.Quote(Expression.Lambda(groupKey, _l)));
        Expression selected = LinqMethods.Call(typeof(Queryable), nameof(Queryable.Select), [select.Parameters[0].Type, typeof(TResult)], grouped, Expression.Quote(select));
        return rows.Provider.CreateQuery<TResult>(selected);
    }

    /// <summary>An expression over the node parameter read from the link: <c>x.Name</c> → <c>l.Partner.Name</c>.</summary>
    private Expression OnNode(Expression overNode) => new ParameterReplacer(_request.X, _node).Visit(overNode);

    private IReadOnlyList<SortKey> OnNode(IReadOnlyList<SortKey> keys) => [.. keys.Select(k => k with { Body = OnNode(k.Body) })];
}
