using System.Linq.Expressions;
using CreativeGraph.Data.Core;
using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Lists;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Aggregates;

/// <summary>
/// The rows an aggregate of one list selection runs over (<c>where</c> applied, paging not) and how it reads them:
/// the links' source, their node and, for a nested list, their parent key. Root lists run each statement directly;
/// the parents of a nested list share one statement per aggregate selection, grouped by parent key (a loader).
/// </summary>
internal sealed class AggregateRows<TLink, TKey>(
    DataSchema data,
    Type node,
    Func<IResolverContext, RentedQuery<TLink>> source,
    LambdaExpression nodeOf,
    KeyShape<TKey>? parentKey,
    ListRequest request)
    where TKey : notnull
{
    public IReadOnlyList<AggregateMember> Members { get; } = AggregateMembers.Of(data, node);

    public bool Nested => parentKey is not null;

    /// <summary>Runs one statement for <paramref name="keys"/> (ignored on a root list): rows by parent key.</summary>
    public async Task<Dictionary<TKey, List<AggregateRow>>> RunAsync(IResolverContext context, IReadOnlyList<TKey> keys, IReadOnlyList<AggregateMember> groupKeys, IReadOnlyList<Figure> figures, IReadOnlyList<SortKeyChoice> order, (int, int)? slice)
    {
        if (parentKey is { Columns.Count: > 1 })
        {
            throw new GraphQLException(new GraphQLError($"{context.Path}: aggregates are not available on a list with a composite parent key."));
        }

        (IQueryable<TLink> query, IAsyncDisposable? owner) = source(context);
        await using (owner)
        {
            ParameterExpression l = Expression.Parameter(typeof(TLink), "l");
            Expression nodeBody = new ParameterReplacer(nodeOf.Parameters[0], l).Visit(nodeOf.Body);
            List<Expression> conditions = [];
            if (parentKey is not null)
            {
                conditions.Add(parentKey.In(l, keys));
            }

            if (request.Filter is not null)
            {
                conditions.Add(new ParameterReplacer(request.X, nodeBody).Visit(request.Filter));
            }

            IQueryable<TLink> rows = conditions.Count == 0 ? query : query.Where(Expression.Lambda<Func<TLink, bool>>(Comparisons.All(conditions), l));
            LambdaExpression? parent = parentKey is null ? null : Expression.Lambda(parentKey.GroupKey(parentKey.Parameter), parentKey.Parameter);
            IQueryable<AggregateRow> statement = AggregateQuery.Build(rows, nodeOf, parent, groupKeys, figures, order, slice);
            Dictionary<TKey, List<AggregateRow>> result = [];
            foreach (AggregateRow row in await QueryExecution.ToListAsync(statement, owner, context.RequestAborted).ConfigureAwait(true))
            {
                TKey key = parentKey is null ? default! : (TKey)row.Keys[0]!;
                if (parentKey is not null)
                {
                    row.Keys = row.Keys[1..];
                }

                (result.TryGetValue(key, out List<AggregateRow>? list) ? list : result[key] = []).Add(row);
            }

            return result;
        }
    }
}

/// <summary>The aggregate scope of one connection value: a root list, or one parent (<paramref name="key"/>) of a nested list.</summary>
internal sealed class AggregateScope<TLink, TKey>(AggregateRows<TLink, TKey> rows, TKey key) : IAggregateScope
    where TKey : notnull
{
    public async ValueTask<AggregateValues> FiguresAsync(IResolverContext context)
    {
        IReadOnlyList<Figure> figures = AggregateRequest.Figures(context, rows.Members, (ObjectType)context.Field.Type.NamedType());
        List<AggregateRow> found = await LoadAsync(context, [], figures, [], null).ConfigureAwait(true);
        return Values(figures, found.Count > 0 ? found[0] : null, [], this);
    }

    public async ValueTask<object?> GroupsAsync(IResolverContext context)
    {
        GroupRequest request = AggregateRequest.Groups(context, rows.Members);
        // A root list slices in SQL; a nested one reads its parents' groups in order and slices each in memory.
        List<AggregateRow> found = await LoadAsync(context, request.Keys, request.Figures, request.Order, rows.Nested ? null : (request.Offset, request.First)).ConfigureAwait(true);
        IEnumerable<AggregateRow> page = rows.Nested ? found.Skip(request.Offset).Take(request.First) : found;
        return page.Select(r => Values(request.Figures, r, request.Keys, null)).ToArray();
    }

    private async Task<List<AggregateRow>> LoadAsync(IResolverContext context, IReadOnlyList<AggregateMember> keys, IReadOnlyList<Figure> figures, IReadOnlyList<SortKeyChoice> order, (int, int)? slice)
    {
        if (!rows.Nested)
        {
            return (await rows.RunAsync(context, [], keys, figures, order, slice).ConfigureAwait(true)).GetValueOrDefault(key) ?? [];
        }

        // every parent of the level asks the loader of this aggregate selection: one statement for all of them
        AggregateLoader<TLink, TKey> loader = context.DataLoader(
            new SelectionKey(rows, context.FieldNodes),
            _ => new AggregateLoader<TLink, TKey>(rows, keys, figures, order, context));
        return await loader.LoadAsync(key, context.RequestAborted).ConfigureAwait(true) ?? [];
    }

    private static AggregateValues Values(IReadOnlyList<Figure> figures, AggregateRow? row, IReadOnlyList<AggregateMember> keys, IAggregateScope? scope)
    {
        Dictionary<string, object?> values = new(StringComparer.Ordinal);
        for (int i = 0; i < figures.Count; i++)
        {
            values[figures[i].Key] = row is null ? Empty(figures[i]) : row.Values[i];
        }

        for (int i = 0; i < keys.Count; i++)
        {
            values["key:" + keys[i].Field] = row!.Keys[i];
        }

        return new AggregateValues(values, scope);
    }

    // The figures of an empty list: counts and sums 0, the rest null (as the statement gives them over no value).
    private static object? Empty(Figure figure) => figure.Function switch
    {
        "count" or "countDistinct" => 0,
        "sum" => figure.Member!.ValueType == typeof(decimal) ? 0m : figure.Member.ValueType == typeof(double) ? 0d : 0L,
        _ => null,
    };
}

/// <summary>
/// The loader of one aggregate selection below a nested list: parent keys → their rows, one statement per batch.
/// <paramref name="context"/> is the resolver context that created it: its services and the selection's arguments
/// are those of every parent of the batch.
/// </summary>
internal sealed class AggregateLoader<TLink, TKey>(AggregateRows<TLink, TKey> rows, IReadOnlyList<AggregateMember> keys, IReadOnlyList<Figure> figures, IReadOnlyList<SortKeyChoice> order, IResolverContext context)
    : BatchDataLoader<TKey, List<AggregateRow>>
    where TKey : notnull
{
    protected override async Task<IReadOnlyDictionary<TKey, List<AggregateRow>>> LoadBatchAsync(IReadOnlyList<TKey> parents, CancellationToken cancellationToken)
    {
        Dictionary<TKey, List<AggregateRow>> found = await rows.RunAsync(context, parents, keys, figures, order, null).ConfigureAwait(false);
        return parents.Distinct().ToDictionary(p => p, p => found.GetValueOrDefault(p) ?? []);
    }
}
