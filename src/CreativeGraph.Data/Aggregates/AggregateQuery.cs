using System.Linq.Expressions;
using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Sorting;

namespace CreativeGraph.Data.Aggregates;

/// <summary>
/// Builds one aggregate statement over the rows of a list:
/// <c>links.GroupBy(l =&gt; new GroupKey { K1 = parent, K2 = value… }).OrderBy(…).Select(g =&gt; new AggregateRow { Keys, Values = { g.Count(), g.Sum(…) … } })</c>,
/// which EF Core turns into <c>SELECT k…, COUNT(*), SUM(…) … GROUP BY k… ORDER BY …</c>. Without a key (a root list's
/// plain figures) the rows are grouped by a constant: one row, none for an empty list.
/// </summary>
internal static class AggregateQuery
{
    private static readonly Type[] s_keyTypes = [typeof(GroupKey<>), typeof(GroupKey<,>), typeof(GroupKey<,,>), typeof(GroupKey<,,,>), typeof(GroupKey<,,,,>)];

    /// <param name="links">The list's rows, <c>where</c> applied.</param>
    /// <param name="node">The node of a row (the row itself on a root list).</param>
    /// <param name="parentKey">The parent key of a row of a nested list; null on a root list.</param>
    /// <param name="keys">The values grouped by.</param>
    /// <param name="order">The order of the groups (after the parent key).</param>
    /// <param name="slice">Offset and count of groups, applied in SQL (root lists only).</param>
    public static IQueryable<AggregateRow> Build<TLink>(
        IQueryable<TLink> links,
        LambdaExpression node,
        LambdaExpression? parentKey,
        IReadOnlyList<AggregateMember> keys,
        IReadOnlyList<Figure> figures,
        IReadOnlyList<SortKeyChoice> order,
        (int Offset, int First)? slice)
    {
        ParameterExpression l = Expression.Parameter(typeof(TLink), "l");
        Expression nodeOf = new ParameterReplacer(node.Parameters[0], l).Visit(node.Body);
        List<Expression> columns = [];
        if (parentKey is not null)
        {
            columns.Add(new ParameterReplacer(parentKey.Parameters[0], l).Visit(parentKey.Body));
        }

        columns.AddRange(keys.Select(k => k.Read(nodeOf)));
        bool constant = columns.Count == 0;
        if (constant)
        {
            columns.Add(Expression.Constant(1));
        }

        Type keyType = s_keyTypes[columns.Count - 1].MakeGenericType([.. columns.Select(c => c.Type)]);
        LambdaExpression keySelector = Expression.Lambda(
            Expression.MemberInit(Expression.New(keyType), columns.Select((c, i) => Expression.Bind(keyType.GetProperty("K" + (i + 1))!, c))),
            l);
        Type grouping = typeof(IGrouping<,>).MakeGenericType(keyType, typeof(TLink));
        Expression query = LinqMethods.Call(typeof(Queryable), nameof(Queryable.GroupBy), [typeof(TLink), keyType], links.Expression, Expression.Quote(keySelector));

        ParameterExpression g = Expression.Parameter(grouping, "g");
        Expression Column(int index) => Expression.Property(Expression.Property(g, "Key"), "K" + (index + 1));
        int first = parentKey is null ? 0 : 1;
        if (!constant)
        {
            // the groups' order, then every value grouped by as a tie-breaker (a group is one combination of them)
            List<SortKey> sort = [.. order.Select(o => new SortKey(o.KeyIndex < 0 ? Count(g, typeof(TLink)) : Column(first + o.KeyIndex), o.Descending, o.KeyIndex >= 0))];
            sort.AddRange(Enumerable.Range(0, keys.Count).Where(i => !order.Any(o => o.KeyIndex == i)).Select(i => new SortKey(Column(first + i), false, true)));
            query = SortTranslator.Apply(query, typeof(Queryable), g, sort, reverse: false);
        }

        Expression row = Expression.MemberInit(
            Expression.New(typeof(AggregateRow)),
            Expression.Bind(typeof(AggregateRow).GetProperty(nameof(AggregateRow.Keys))!, Objects(constant ? [] : Enumerable.Range(0, columns.Count).Select(Column))),
            Expression.Bind(typeof(AggregateRow).GetProperty(nameof(AggregateRow.Values))!, Objects(figures.Select(f => Value(f, g, l, nodeOf)))));
        query = LinqMethods.Call(typeof(Queryable), nameof(Queryable.Select), [grouping, typeof(AggregateRow)], query, Expression.Quote(Expression.Lambda(row, g)));
        if (slice is { } s)
        {
            query = LinqMethods.Call(typeof(Queryable), nameof(Queryable.Skip), [typeof(AggregateRow)], query, ParameterBox.Create(s.Offset, typeof(int)));
            query = LinqMethods.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(AggregateRow)], query, ParameterBox.Create(s.First, typeof(int)));
        }

        return links.Provider.CreateQuery<AggregateRow>(query);
    }

    private static Expression Objects(IEnumerable<Expression> values) =>
        Expression.NewArrayInit(typeof(object), values.Select(v => Expression.Convert(v, typeof(object))));

    private static Expression Count(Expression group, Type element) => LinqMethods.Call(typeof(Enumerable), nameof(Enumerable.Count), [element], group);

    // g.Count(), g.Select(l => v).Where(v != null).Distinct().Count(), g.Sum(l => (long?)v), g.Average(l => (double?)v), g.Min(l => v), …
    private static Expression Value(Figure figure, ParameterExpression g, ParameterExpression l, Expression nodeOf)
    {
        Type element = l.Type;
        if (figure.Member is null)
        {
            return Count(g, element);
        }

        Expression value = figure.Member.Read(nodeOf);
        Type type = figure.Member.ValueType;
        switch (figure.Function)
        {
            case "countDistinct":
                ParameterExpression v = Expression.Parameter(value.Type, "v");
                Expression values = LinqMethods.Call(typeof(Enumerable), nameof(Enumerable.Select), [element, value.Type], g, Expression.Lambda(value, l));
                values = LinqMethods.Call(typeof(Enumerable), nameof(Enumerable.Where), [value.Type], values, Expression.Lambda(Comparisons.IsNotNull(v), v));
                return Count(LinqMethods.Call(typeof(Enumerable), nameof(Enumerable.Distinct), [value.Type], values), value.Type);
            case "sum":
                Type sum = typeof(Nullable<>).MakeGenericType(type == typeof(int) ? typeof(long) : type);
                return Expression.Call(typeof(Enumerable), nameof(Enumerable.Sum), [element], g, Expression.Lambda(Expression.Convert(value, sum), l));
            case "avg":
                Type average = typeof(Nullable<>).MakeGenericType(type == typeof(decimal) ? typeof(decimal) : typeof(double));
                return Expression.Call(typeof(Enumerable), nameof(Enumerable.Average), [element], g, Expression.Lambda(Expression.Convert(value, average), l));
            default:
                string method = figure.Function == "min" ? nameof(Enumerable.Min) : nameof(Enumerable.Max);
                return Expression.Call(typeof(Enumerable), method, [element, value.Type], g, Expression.Lambda(value, l));
        }
    }
}
