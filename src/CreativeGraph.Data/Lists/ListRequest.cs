using System.Collections;
using System.Linq.Expressions;
using CreativeGraph.Data.Core;
using CreativeGraph.Data.Filtering;
using CreativeGraph.Data.Paging;
using CreativeGraph.Data.Projections;
using CreativeGraph.Data.Sorting;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Lists;

/// <summary>
/// One selection of a list field translated to expressions over the element parameter <see cref="X"/>: the
/// <c>where</c> predicate, the sort keys (key last), the checked paging arguments with their decoded cursors, whether
/// <c>totalCount</c> is selected, and the projected element. Argument errors (HC0026, HC0051, HC0078, HC0079) are
/// thrown here, before any SQL runs.
/// </summary>
internal sealed class ListRequest
{
    private ListRequest(ParameterExpression x, Expression node)
    {
        X = x;
        Node = node;
    }

    public ParameterExpression X { get; }

    /// <summary>The <c>where</c> predicate over <see cref="X"/>; null without a filter.</summary>
    public Expression? Filter { get; private init; }

    public IReadOnlyList<SortKey> Keys { get; private init; } = [];

    public PagingArguments? Paging { get; private init; }

    /// <summary><c>skip</c>/<c>take</c> of an offset-paged field; null otherwise.</summary>
    public OffsetPagingArguments? Offset { get; private init; }

    public object?[]? After { get; private init; }

    public object?[]? Before { get; private init; }

    public bool CountTotal { get; private init; }

    /// <summary>Whether the connection's <c>aggregate</c> is selected (its scope is then kept with the connection).</summary>
    public bool Aggregate { get; private init; }

    /// <summary>The list and order this request's cursors belong to.</summary>
    public CursorScope Scope { get; private init; } = null!;

    /// <summary>The element as read: <see cref="X"/> itself, or its projection (<c>new City { Id = x.Id, … }</c>).</summary>
    public Expression Node { get; }

    /// <summary>Rows to fetch: the page size plus one, which tells whether there are more.</summary>
    public int Take => (Paging!.First ?? Paging.Last!.Value) + 1;

    /// <summary>True for <c>last</c> without <c>first</c>: the reversed order is read and flipped back.</summary>
    public bool Backward => Paging!.First is null;

    /// <param name="windowed">True for a nested connection, whose nodes are read in a per-parent window.</param>
    public static ListRequest From(IResolverContext context, ListSettings settings, bool windowed = false)
    {
        ParameterExpression x = Expression.Parameter(settings.Node, "x");
        PagingArguments? paging = settings.Paging is null ? null : PagingArguments.From(context, settings.Paging);
        OffsetPagingArguments? offset = settings.OffsetPaging is null ? null : OffsetPagingArguments.From(context, settings.OffsetPaging);
        Expression? filter = settings.Filtering ? new FilterTranslator(settings.Data).Translate(x, context.Arguments.GetValueOrDefault("where")) : null;
        // order: null and order: [] both mean the field's documented default order
        object? order = settings.Sorting ? context.Arguments.GetValueOrDefault("order") : null;
        if (order is null || order is ICollection { Count: 0 })
        {
            order = settings.DefaultOrder;
        }

        IReadOnlyList<SortKey> keys = settings.IsOrdered ? new SortTranslator(settings.Data).Translate(x, order, settings.Key) : [];
        Type[] types = [.. keys.Select(k => k.Type)];
        CursorScope scope = new(context.ObjectType.Name + "." + context.Field.Name, keys);
        // the connection or collection segment type, whose selections say what to read and whether to count
        ObjectType? connection = paging is null && offset is null ? null : context.Schema.GetType<ObjectType>(context.Field.Type.NamedType().Name);
        IReadOnlyList<SelectedField> selected = connection is null ? [] : context.GetSelections(connection);
        return new ListRequest(x, settings.Projection ? ProjectionBuilder.Build(context, settings.NodeType, settings.Key, connection, x, windowed) : x)
        {
            Filter = filter,
            Keys = keys,
            Paging = paging,
            Offset = offset,
            Scope = scope,
            After = paging?.After is { } after ? Decode("after", after, scope, types) : null,
            Before = paging?.Before is { } before ? Decode("before", before, scope, types) : null,
            CountTotal = selected.Any(s => s.Field.Name == "totalCount"),
            Aggregate = selected.Any(s => s.Field.Name == "aggregate"),
        };
    }

    /// <summary>The filter and both keyset conditions (after, before), each over <see cref="X"/>.</summary>
    public IEnumerable<Expression> PageConditions(bool nullsFirst)
    {
        if (Filter is not null)
        {
            yield return Filter;
        }

        if (After is not null)
        {
            yield return KeysetPredicate.After(Keys, After, backwards: false, nullsFirst);
        }

        if (Before is not null)
        {
            yield return KeysetPredicate.After(Keys, Before, backwards: true, nullsFirst);
        }
    }

    /// <summary>The sort-key values as <c>object?[]</c>, so each row brings its cursor.</summary>
    public Expression KeyValues() => Expression.NewArrayInit(typeof(object), Keys.Select(k => Expression.Convert(k.Body, typeof(object))));

    private static object?[] Decode(string argument, string cursor, CursorScope scope, Type[] types) =>
        Cursor.TryDecode(cursor, scope, types, out object?[] values) ? values : throw DataMessages.CursorInvalid(argument, cursor);
}
