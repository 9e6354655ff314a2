using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using System.Reflection;
using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Filtering;
using CreativeGraph.Data.Paging;
using CreativeGraph.Data.Sorting;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data;

/// <summary>
/// A field whose resolver returns <c>IQueryable&lt;T&gt;</c>, with one call per concern:
/// <c>.UsePaging().UseFiltering().UseSorting()</c> (HotChocolate's argument order: first after last before, where, order).
/// Every call re-applies the field's type, arguments and wrapped resolver, so the result is one SQL statement.
/// </summary>
public sealed class QueryableFieldDescriptor<T>
{
    private readonly DataSchema _data;
    private readonly string _fieldName;
    private readonly string _nodeType;
    private readonly Func<IResolverContext, (IQueryable<T> Query, IAsyncDisposable? Owner)> _source;
    private LambdaExpression _key;
    private PagingOptions? _paging;
    private bool _filtering;
    private bool _sorting;
    private IReadOnlyDictionary<string, object?>[]? _defaultOrder;

    internal QueryableFieldDescriptor(
        FieldDescriptor field,
        DataSchema data,
        string fieldName,
        string nodeType,
        Func<IResolverContext, (IQueryable<T> Query, IAsyncDisposable? Owner)> source)
    {
        Field = field;
        _data = data;
        _fieldName = fieldName;
        _nodeType = nodeType;
        _source = source;
        _key = DefaultKey();
        Apply();
    }

    /// <summary>The underlying field, for its description, deprecation or directives.</summary>
    public FieldDescriptor Field { get; }

    /// <summary>
    /// Cursor paging: <c>first/after/last/before</c> and the <c>&lt;FieldName&gt;Connection</c> type; options start
    /// from <see cref="PagingOptions.Default"/>.
    /// </summary>
    public QueryableFieldDescriptor<T> UsePaging(Action<PagingOptions>? configure = null)
    {
        _paging = PagingOptions.Default.Clone();
        configure?.Invoke(_paging);
        Field.Argument("first", "Int").Argument("after", "String").Argument("last", "Int").Argument("before", "String");
        return Apply();
    }

    /// <summary>Filtering: <c>where: &lt;T&gt;FilterInput</c>.</summary>
    public QueryableFieldDescriptor<T> UseFiltering()
    {
        _filtering = true;
        Field.Argument("where", FilterInputBuilder.AddFilterInput(_data, typeof(T)));
        return Apply();
    }

    /// <summary>Sorting: <c>order: [&lt;T&gt;SortInput!]</c>; the key is always the last tie-breaker.</summary>
    public QueryableFieldDescriptor<T> UseSorting()
    {
        _sorting = true;
        Field.Argument("order", $"[{SortInputBuilder.AddSortInput(_data, typeof(T))}!]");
        return Apply();
    }

    /// <summary>
    /// The order when the request gives no <c>order</c> argument: fields of <c>&lt;T&gt;SortInput</c> in priority
    /// order (the key still breaks ties). Without it the default order is the key's.
    /// </summary>
    public QueryableFieldDescriptor<T> DefaultOrder(params (string Field, bool Descending)[] keys)
    {
        _defaultOrder = [.. keys.Select(k => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [k.Field] = k.Descending ? SortDirection.Descending : SortDirection.Ascending,
        })];
        return this;
    }

    /// <summary>The primary key (default: a <c>[Key]</c> property, else <c>Id</c>, else <c>&lt;Type&gt;Id</c>).</summary>
    public QueryableFieldDescriptor<T> Key<TKey>(Expression<Func<T, TKey>> key)
    {
        _key = key;
        return Apply();
    }

    private QueryableFieldDescriptor<T> Apply()
    {
        Field.Type(_paging is null ? $"[{_nodeType}!]!" : ConnectionTypeBuilder.AddConnection(_data, _fieldName, _nodeType));
        Field.Resolve(ResolveAsync);
        return this;
    }

    private async ValueTask<object?> ResolveAsync(IResolverContext context)
    {
        (IQueryable<T> query, IAsyncDisposable? owner) = _source(context);
        await using (owner)
        {
            return await ResolveAsync(context, query).ConfigureAwait(false);
        }
    }

    private async ValueTask<object?> ResolveAsync(IResolverContext context, IQueryable<T> query)
    {
        if (_filtering && new FilterTranslator(_data).Translate<T>(context.Arguments.GetValueOrDefault("where")) is { } predicate)
        {
            query = query.Where(predicate);
        }

        ParameterExpression x = Expression.Parameter(typeof(T), "x");
        bool ordered = _sorting || _paging is not null || _defaultOrder is not null;
        IReadOnlyList<SortKey> keys = ordered
            ? new SortTranslator(_data).Translate(x, (_sorting ? context.Arguments.GetValueOrDefault("order") : null) ?? _defaultOrder, _key)
            : [];
        if (_paging is not null)
        {
            PagingArguments arguments = PagingArguments.From(context, _paging);
            bool countTotal = context.Schema.GetType<ObjectType>(context.Field.Type.NamedType().Name) is { } connection
                && context.GetSelections(connection).Any(s => s.Field.Name == "totalCount");
            return await Pager.PageAsync(query, x, keys, arguments, _paging, countTotal, context.RequestAborted).ConfigureAwait(false);
        }

        return await QueryExecution.ToListAsync(ordered ? SortTranslator.Apply(query, x, keys, reverse: false) : query, context.RequestAborted).ConfigureAwait(false);
    }

    private static LambdaExpression DefaultKey()
    {
        PropertyInfo[] properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        PropertyInfo key = properties.FirstOrDefault(p => p.GetCustomAttribute<KeyAttribute>() is not null)
            ?? properties.FirstOrDefault(p => p.Name == "Id")
            ?? properties.FirstOrDefault(p => p.Name == typeof(T).Name + "Id")
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no key property; call Key(x => …).");
        ParameterExpression x = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda(Expression.Property(x, key), x);
    }
}

/// <summary>Entry points of the data layer on the engine's descriptors.</summary>
public static class QueryableFieldExtensions
{
    /// <summary>
    /// Defines field <paramref name="name"/> whose values come from <paramref name="source"/>; continue with
    /// <c>.UsePaging().UseFiltering().UseSorting()</c>. <paramref name="nodeType"/> defaults to <c>typeof(T).Name</c>.
    /// </summary>
    public static QueryableFieldDescriptor<T> QueryableField<T>(
        this ObjectTypeDescriptor type,
        SchemaBuilder builder,
        string name,
        Func<IResolverContext, IQueryable<T>> source,
        string? nodeType = null) =>
        new(type.Field(name), DataSchema.For(builder), name, nodeType ?? typeof(T).Name, context => (source(context), null));

    /// <summary>
    /// Like <see cref="QueryableField{T}(ObjectTypeDescriptor, SchemaBuilder, string, Func{IResolverContext, IQueryable{T}}, string?)"/>,
    /// for a query over a resource rented per call (e.g. a pooled <c>DbContext</c>): <c>Owner</c> is disposed once
    /// the page (and its count) has been read, also when the query fails.
    /// </summary>
    public static QueryableFieldDescriptor<T> QueryableField<T>(
        this ObjectTypeDescriptor type,
        SchemaBuilder builder,
        string name,
        Func<IResolverContext, (IQueryable<T> Query, IAsyncDisposable? Owner)> source,
        string? nodeType = null) =>
        new(type.Field(name), DataSchema.For(builder), name, nodeType ?? typeof(T).Name, source);
}
