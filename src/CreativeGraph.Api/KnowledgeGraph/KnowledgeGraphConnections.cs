using System.Linq.Expressions;
using System.Reflection;
using CreativeGraph.Data;
using CreativeGraph.Data.Expressions;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using static CreativeGraph.Api.KnowledgeGraph.KnowledgeGraphContexts;

namespace CreativeGraph.Api.KnowledgeGraph;

/// <summary>
/// The root lists as HotChocolate-style connections (<c>first after last before</c>, <c>where</c>, <c>order</c>;
/// 10 per page by default, at most 50), and what each entity's filter and sort inputs expose: the members named
/// here (scalars, references and lists), never personal data (<see cref="PersonalDataAttribute"/>).
/// Decimals (<c>budget</c>, <c>euCofinancingRate</c>, <c>annualFee</c>) compare exactly on both providers.
/// </summary>
internal static class KnowledgeGraphConnections
{
    public static SchemaBuilder AddRootConnections(this SchemaBuilder builder, PagingDefaults paging)
    {
        DataSchema.For(builder)
            .ExistingEnumType<RegionKind>()
            .ExistingEnumType<PartnerKind>()
            .ExistingEnumType<ParticipationRole>()
            .ExistingEnumType<ProgrammeKind>()
            .ExistingEnumType<ProjectStatus>()
            .ExistingEnumType<DatePrecision>()
            .ExistingEnumType<ObjectiveKind>()
            .ExistingEnumType<MembershipStatus>()
            .ExistingEnumType<EventKind>()
            .ExistingEnumType<EventStatus>()
            .ExistingEnumType<NameKind>()
            .Entity<Source>(e => Expose(e, "Id", "Slug", "FileName", "Title", "Language"))
            .Entity<AlternativeName>(e => Expose(e, "Name", "Language", "Kind"))
            .Entity<Country>(e => Expose(e, "Id", "Code", "Name"))
            .Entity<Region>(e => Expose(e, "Id", "Slug", "Name", "Kind", "Country"))
            .Entity<City>(e => Expose(e, "Id", "Slug", "Name", "Latitude", "Longitude", "Country", "Region"))
            .Entity<Partner>(e => Expose(e, "Id", "Slug", "Name", "Acronym", "LocalName", "Kind", "City", "Region", "Country"))
            .Entity<Person>(e => Expose(e, "Id", "Slug", "Name", "Role", "Partner"))
            .Entity<Programme>(e => Expose(e, "Id", "Slug", "Name", "Kind", "StartYear", "EndYear", "Region"))
            .Entity<Project>(e => Expose(
                e,
                "Id",
                "Slug",
                "Acronym",
                "Title",
                "StartDate",
                "EndDate",
                "Status",
                "Budget",
                "BudgetCurrency",
                "EuCofinancingRate",
                "StatedPartnerCount",
                "StatedCityCount",
                "Programme",
                "Participations",
                "Cities",
                "Regions",
                "Sectors"))
            .Entity<Participation>(e => Expose(e, "Id", "Role", "Project", "Partner"))
            .Entity<ProjectCity>(e => Expose(e, "City"))
            .Entity<ProjectRegion>(e => Expose(e, "Region"))
            .Entity<ProjectSector>(e => Expose(e, "Sector"))
            .Entity<ProjectObjective>(e => Expose(e, "Ordinal", "Kind", "Text"))
            .Entity<ProjectResult>(e => Expose(e, "Ordinal", "Title"))
            .Entity<Sector>(e => Expose(e, "Id", "Slug", "Name"))
            .Entity<Network>(e => Expose(e, "Id", "Slug", "Name", "StatedMemberCount", "AnnualFee", "AnnualFeeCurrency"))
            .Entity<Membership>(e => Expose(e, "Id", "Status", "ApplicationDecidedOn", "JoinedOn", "ExcludedEarliestYear", "ExcludedLatestYear", "Region", "Network"))
            .Entity<MembershipRepresentative>(e => Expose(e, "AppointedOn", "Person"))
            .Entity<MembershipPriority>(e => Expose(e, "Ordinal", "Text"))
            .Entity<Forum>(e => Expose(e, "Id", "Slug", "Name", "Ordinal", "Year", "Network", "HostRegion", "HostCity"))
            .Entity<Event>(e => Expose(e, "Id", "Slug", "Name", "Kind", "Status", "Year", "StartDate", "EndDate", "Region", "City", "Project", "Network", "Forum"));

        return builder.ExtendObjectType("Query", t =>
        {
            Connection(t, builder, paging, "sources", "Every source document the graph was built from, ordered by slug.", db => db.Sources, ("slug", false));
            Connection(t, builder, paging, "countries", "Every country that a region, city or organisation of the graph lies in, ordered by name.", db => db.Countries, ("name", false));
            Connection(t, builder, paging, "regions", "Every region of the graph, ordered by name.", db => db.Regions, ("name", false));
            Connection(t, builder, paging, "cities", "Every city of the graph, ordered by name.", db => db.Cities, ("name", false));
            Connection(t, builder, paging, "partners", "Every partner organisation, ordered by name.", db => db.Partners, ("name", false));
            Connection(t, builder, paging, "programmes", "Every funding programme or policy framework, ordered by name.", db => db.Programmes, ("name", false));
            Connection(t, builder, paging, "projects", "Every cooperation project, ordered by acronym.", db => db.Projects, ("acronym", false));
            Connection(t, builder, paging, "sectors", "Every creative-industry sector that projects name, ordered by name.", db => db.Sectors, ("name", false));
            Connection(t, builder, paging, "networks", "Every network of regions, ordered by name.", db => db.Networks, ("name", false));
            Connection(t, builder, paging, "forums", "Every forum (conference edition) of every network, oldest first.", db => db.Forums, ("year", false), ("ordinal", false));
            Connection(t, builder, paging, "events", "Every dated happening the documents report that is not a forum edition, oldest first.", db => db.Events, ("year", false), ("startDate", false), ("slug", false));
        });
    }

    /// <summary>The descriptions of the paging, filtering and sorting arguments every connection has.</summary>
    public static void DescribeArguments(FieldDescriptor field, Type node) => field
        .Argument("first", "Int", a => a.Description("Returns the first _n_ elements from the list (default 10, at most 50)."))
        .Argument("after", "String", a => a.Description("Returns the elements in the list that come after the specified cursor."))
        .Argument("last", "Int", a => a.Description("Returns the last _n_ elements from the list (at most 50)."))
        .Argument("before", "String", a => a.Description("Returns the elements in the list that come before the specified cursor."))
        .Argument("where", node.Name + "FilterInput", a => a.Description("Keeps the elements that match this filter."))
        .Argument("order", $"[{node.Name}SortInput!]", a => a.Description("Orders the elements; each element of the list is one sort key, in priority order."));

    /// <summary>
    /// A root connection over a context rented from the pooled factory and returned when the page was read.
    /// <paramref name="defaultOrder"/> applies when <c>order</c> is absent; an <c>order</c> argument replaces it.
    /// </summary>
    private static void Connection<T>(
        ObjectTypeDescriptor type,
        SchemaBuilder builder,
        PagingDefaults paging,
        string name,
        string description,
        Func<KnowledgeGraphDbContext, IQueryable<T>> query,
        params (string Field, bool Descending)[] defaultOrder)
        where T : class
    {
        QueryableFieldDescriptor<T> field = type.QueryableField(builder, name, From(query))
            .UsePaging(paging.Apply)
            .UseProjection()
            .UseFiltering()
            .UseSorting()
            .DefaultOrder(defaultOrder);
        field.Field.Description(description);
        DescribeArguments(field.Field, typeof(T));
    }

    /// <summary>Leaves every public property of <typeparamref name="T"/> out of filtering and sorting except <paramref name="exposed"/>.</summary>
    private static void Expose<T>(EntityDescriptor<T> entity, params string[] exposed)
    {
        foreach (PropertyInfo property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (exposed.Contains(property.Name) && property.GetCustomAttribute<PersonalDataAttribute>() is null)
            {
                continue;
            }

            ParameterExpression x = Expression.Parameter(typeof(T), "x");
            entity.Ignore(Expression.Lambda<Func<T, object?>>(Expression.Convert(Expression.Property(x, property), typeof(object)), x));
        }
    }
}
