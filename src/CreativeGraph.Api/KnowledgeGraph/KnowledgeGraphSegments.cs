using CreativeGraph.Api.KnowledgeGraph.Entities;
using CreativeGraph.Api.KnowledgeGraph.Fields;
using CreativeGraph.Data;
using CreativeGraph.Data.Paging;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using static CreativeGraph.Api.KnowledgeGraph.Fields.KnowledgeGraphContexts;

namespace CreativeGraph.Api.KnowledgeGraph;

/// <summary>
/// Offset paging for data grids, HotChocolate's <c>UseOffsetPaging</c>: every root list <c>x</c> has a twin
/// <c>xPage(skip, take, where, order)</c> returning <c>XCollectionSegment { pageInfo items totalCount }</c> (10 per page
/// by default, at most 50), with the same filter, sort input and default order as the connection. HotChocolate pages a
/// field one way only, so the connections keep their names and the segments take the names a HotChocolate schema
/// would give an offset-paged <c>x</c> (<c>CollectionSegmentName</c>). Call after
/// <see cref="KnowledgeGraphConnections.AddRootConnections"/>, which configures the entities' inputs.
/// </summary>
internal static class KnowledgeGraphSegments
{
    public static SchemaBuilder AddRootSegments(this SchemaBuilder builder, IEnumerable<GraphEntity> entities) => builder.ExtendObjectType("Query", t =>
    {
        foreach (GraphEntity entity in entities.Where(e => e.List is not null))
        {
            entity.Accept(new RootSegment(t, builder));
        }
    });

    private sealed class RootSegment(ObjectTypeDescriptor type, SchemaBuilder builder) : IGraphEntityVisitor
    {
        public void Visit<T>(GraphEntity<T> entity)
            where T : class =>
            Segment(type, builder, entity.List!.Name, entity.List.SegmentDescription, entity.Stored.Set, entity.List.DefaultOrder);
    }

    /// <summary>
    /// <c>&lt;list&gt;Page</c> over a context rented from the pooled factory; its type is named after the list
    /// (<c>partners</c> → <c>PartnersCollectionSegment</c>). The key breaks ties after <paramref name="defaultOrder"/>
    /// or the requested order, so every row has one offset.
    /// </summary>
    private static void Segment<T>(
        ObjectTypeDescriptor type,
        SchemaBuilder builder,
        string list,
        string description,
        Func<KnowledgeGraphDbContext, IQueryable<T>> query,
        params (string Field, bool Descending)[] defaultOrder)
        where T : class
    {
        QueryableFieldDescriptor<T> field = type.QueryableField(builder, list + "Page", From(query))
            .UseOffsetPaging(o =>
            {
                o.IncludeTotalCount = true;
                o.CollectionSegmentName = char.ToUpperInvariant(list[0]) + list[1..];
            })
            .UseProjection()
            .UseFiltering()
            .UseSorting()
            .DefaultOrder(defaultOrder);
        field.Field.Description(description)
            .Argument("skip", "Int", a => a.Description("Skips the first _n_ elements of the ordered list (default 0)."))
            .Argument("take", "Int", a => a.Description($"Returns at most _n_ elements (default {OffsetPagingOptions.Default.DefaultPageSize}, at most {OffsetPagingOptions.Default.MaxPageSize})."))
            .Argument("where", typeof(T).Name + "FilterInput", a => a.Description("Keeps the elements that match this filter."))
            .Argument("order", $"[{typeof(T).Name}SortInput!]", a => a.Description("Orders the elements; each element of the list is one sort key, in priority order."));
    }
}
