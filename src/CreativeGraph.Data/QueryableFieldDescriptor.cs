using System.Linq.Expressions;
using CreativeGraph.Data.Core;
using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Lists;
using CreativeGraph.Data.Loading;
using CreativeGraph.Data.Paging;
using CreativeGraph.Data.Sorting;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data;

/// <summary>
/// A field whose resolver returns <c>IQueryable&lt;T&gt;</c>, with one call per concern:
/// <c>.UsePaging().UseProjection().UseFiltering().UseSorting()</c> (HotChocolate's argument order: first after last
/// before, where, order). Every call re-applies the field's type, arguments and wrapped resolver, so the result is
/// one SQL statement.
/// </summary>
public sealed class QueryableFieldDescriptor<T>
{
    private readonly ListSettings _settings;
    private readonly string _fieldName;
    private readonly Func<IResolverContext, RentedQuery<T>> _source;

    internal QueryableFieldDescriptor(
        FieldDescriptor field,
        DataSchema data,
        string fieldName,
        string nodeType,
        Func<IResolverContext, RentedQuery<T>> source)
    {
        _settings = new ListSettings(data, field, typeof(T), nodeType);
        _fieldName = fieldName;
        _source = source;
        Apply();
    }

    /// <summary>The underlying field, for its description, deprecation or directives.</summary>
    public FieldDescriptor Field => _settings.Field;

    /// <summary>
    /// Cursor paging: <c>first/after/last/before</c> and the <c>&lt;FieldName&gt;Connection</c> type; options start
    /// from <see cref="PagingOptions.Default"/>.
    /// </summary>
    public QueryableFieldDescriptor<T> UsePaging(Action<PagingOptions>? configure = null)
    {
        _settings.UsePaging(configure);
        return Apply();
    }

    /// <summary>
    /// Offset paging (HotChocolate's <c>UseOffsetPaging</c>): <c>skip/take</c> and the
    /// <c>&lt;FieldName&gt;CollectionSegment</c> type; options start from <see cref="OffsetPagingOptions.Default"/>.
    /// A field pages one way only: a list offered both ways is two fields.
    /// </summary>
    public QueryableFieldDescriptor<T> UseOffsetPaging(Action<OffsetPagingOptions>? configure = null)
    {
        _settings.UseOffsetPaging(configure);
        return Apply();
    }

    /// <summary>
    /// Projection: only the columns of the selected fields are read (plus the key and what child resolvers
    /// declare with <see cref="ProjectionFieldExtensions.Requires{T}"/>); see the Data README.
    /// </summary>
    public QueryableFieldDescriptor<T> UseProjection()
    {
        _settings.Projection = true;
        return Apply();
    }

    /// <summary>Filtering: <c>where: &lt;T&gt;FilterInput</c>.</summary>
    public QueryableFieldDescriptor<T> UseFiltering()
    {
        _settings.UseFiltering();
        return Apply();
    }

    /// <summary>Sorting: <c>order: [&lt;T&gt;SortInput!]</c>; the key is always the last tie-breaker.</summary>
    public QueryableFieldDescriptor<T> UseSorting()
    {
        _settings.UseSorting();
        return Apply();
    }

    /// <summary>
    /// The order when the request gives no <c>order</c> argument: fields of <c>&lt;T&gt;SortInput</c> in priority
    /// order (the key still breaks ties). Without it the default order is the key's.
    /// </summary>
    public QueryableFieldDescriptor<T> DefaultOrder(params (string Field, bool Descending)[] keys)
    {
        _settings.UseDefaultOrder(keys);
        return this;
    }

    /// <summary>The primary key (default: a <c>[Key]</c> property, else <c>Id</c>, else <c>&lt;Type&gt;Id</c>).</summary>
    public QueryableFieldDescriptor<T> Key<TKey>(Expression<Func<T, TKey>> key)
    {
        _settings.Key = key;
        return Apply();
    }

    private QueryableFieldDescriptor<T> Apply()
    {
        Field.Type(_settings switch
        {
            { Paging: { } paging } => ConnectionTypeBuilder.AddConnection(_settings.Data, _fieldName, _settings.NodeType, null, paging, Aggregates.AggregateFields.Field(_settings)),
            { OffsetPaging: { } offset } => CollectionSegmentTypeBuilder.AddCollectionSegment(_settings.Data, _fieldName, _settings.NodeType, offset),
            _ => $"[{_settings.NodeType}!]!",
        });
        Field.Resolve(ResolveAsync);
        return this;
    }

    private async ValueTask<object?> ResolveAsync(IResolverContext context)
    {
        (IQueryable<T> query, IAsyncDisposable? owner) = _source(context);
        await using (owner)
        {
            ListRequest request = ListRequest.From(context, _settings);
            if (_settings.Paging is { } paging)
            {
                Connection<T> connection = await CursorPager.PageAsync(query, owner, request, paging, context.RequestAborted).ConfigureAwait(false);
                if (request.Aggregate)
                {
                    Aggregates.AggregateFields.AttachRoot(connection, _settings, _source, request);
                }

                return connection;
            }

            if (request.Offset is not null)
            {
                return await OffsetPager.PageAsync(query, owner, request, context.RequestAborted).ConfigureAwait(false);
            }

            if (request.Filter is not null)
            {
                query = query.Where(Expression.Lambda<Func<T, bool>>(request.Filter, request.X));
            }

            query = _settings.IsOrdered ? SortTranslator.Apply(query, request.X, request.Keys, reverse: false) : query;
            IQueryable<T> rows = request.Node == request.X ? query : query.Select(Expression.Lambda<Func<T, T>>(request.Node, request.X));
            return await QueryExecution.ToListAsync(rows, owner, context.RequestAborted).ConfigureAwait(false);
        }
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
        new(type.Field(name), DataSchema.For(builder), name, nodeType ?? typeof(T).Name, context => new RentedQuery<T>(source(context), null));

    /// <summary>
    /// Like <see cref="QueryableField{T}(ObjectTypeDescriptor, SchemaBuilder, string, Func{IResolverContext, IQueryable{T}}, string?)"/>,
    /// for a query over a resource rented per call (e.g. a pooled <c>DbContext</c>): <c>Owner</c> is disposed once
    /// the page (and its count) has been read, also when the query fails.
    /// </summary>
    public static QueryableFieldDescriptor<T> QueryableField<T>(
        this ObjectTypeDescriptor type,
        SchemaBuilder builder,
        string name,
        Func<IResolverContext, RentedQuery<T>> source,
        string? nodeType = null) =>
        new(type.Field(name), DataSchema.For(builder), name, nodeType ?? typeof(T).Name, source);
}
