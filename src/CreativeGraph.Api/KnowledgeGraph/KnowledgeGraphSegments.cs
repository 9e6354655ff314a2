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
    public static SchemaBuilder AddRootSegments(this SchemaBuilder builder) => builder.ExtendObjectType("Query", t =>
    {
        Segment(t, builder, "sources", "Every source document the graph was built from, ordered by slug, a segment at a time.", db => db.Sources, ("slug", false));
        Segment(t, builder, "countries", "Every country of the graph, ordered by name, a segment at a time.", db => db.Countries, ("name", false));
        Segment(t, builder, "regions", "Every region of the graph, ordered by name, a segment at a time.", db => db.Regions, ("name", false));
        Segment(t, builder, "cities", "Every city of the graph, ordered by name, a segment at a time.", db => db.Cities, ("name", false));
        Segment(t, builder, "partners", "Every partner organisation, ordered by name, a segment at a time.", db => db.Partners, ("name", false));
        Segment(t, builder, "programmes", "Every funding programme or policy framework, ordered by name, a segment at a time.", db => db.Programmes, ("name", false));
        Segment(t, builder, "projects", "Every cooperation project, ordered by acronym, a segment at a time.", db => db.Projects, ("acronym", false));
        Segment(t, builder, "sectors", "Every creative-industry sector that projects name, ordered by name, a segment at a time.", db => db.Sectors, ("name", false));
        Segment(t, builder, "networks", "Every network of regions, ordered by name, a segment at a time.", db => db.Networks, ("name", false));
        Segment(t, builder, "forums", "Every forum (conference edition) of every network, oldest first, a segment at a time.", db => db.Forums, ("year", false), ("ordinal", false));
        Segment(t, builder, "events", "Every dated happening that is not a forum edition, oldest first, a segment at a time.", db => db.Events, ("year", false), ("startDate", false), ("slug", false));
    });

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
