using System.Linq.Expressions;
using System.Reflection;
using CreativeGraph.Api.KnowledgeGraph.Fields;
using CreativeGraph.Data;
using CreativeGraph.Data.Expressions;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using static CreativeGraph.Api.KnowledgeGraph.Fields.KnowledgeGraphContexts;

namespace CreativeGraph.Api.KnowledgeGraph;

/// <summary>
/// The root lists as HotChocolate-style connections (<c>first after last before</c>, <c>where</c>, <c>order</c>;
/// 10 per page by default, at most 50), and what each entity's filter and sort inputs expose: the members named
/// here (the scalars listed, every relation of the EF model, and lists through edges such as <c>Partner.projects</c>),
/// never personal data (<see cref="PersonalDataAttribute"/>).
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
            .Entity<Region>(e => Expose(e, "Id", "Slug", "Name", "Kind")
                .Ignore(r => r.DirectPartners)
                .Ignore(r => r.ProjectRegions)
                // Region.partners: located in the region directly, or through their city when they name no region
                .List("partners", r => r.DirectPartners, r => r.Cities.SelectMany(c => c.Partners.Where(p => p.RegionId == null)))
                .List("projects", r => r.ProjectRegions.Select(l => l.Project)))
            .Entity<City>(e => Expose(e, "Id", "Slug", "Name", "Latitude", "Longitude")
                .Ignore(c => c.ProjectCities)
                .List("projects", c => c.ProjectCities.Select(l => l.Project)))
            .Entity<Partner>(e => Expose(e, "Id", "Slug", "Name", "Acronym", "LocalName", "Kind")
                .List("projects", p => p.Participations.Select(l => l.Project)))
            .Entity<Person>(e => Expose(e, "Id", "Slug", "Name", "Role"))
            .Entity<Programme>(e => Expose(e, "Id", "Slug", "Name", "Kind", "StartYear", "EndYear"))
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
                "StatedCityCount")
                .List("partners", p => p.Participations.Select(l => l.Partner)))
            .Entity<Participation>(e => Expose(e, "Id", "Role"))
            .Entity<ProjectCity>(e => Expose(e))
            .Entity<ProjectRegion>(e => Expose(e))
            .Entity<ProjectSector>(e => Expose(e))
            .Entity<ProjectObjective>(e => Expose(e, "Ordinal", "Kind", "Text"))
            .Entity<ProjectResult>(e => Expose(e, "Ordinal", "Title"))
            .Entity<Sector>(e => Expose(e, "Id", "Slug", "Name")
                .Ignore(s => s.ProjectSectors)
                .List("projects", s => s.ProjectSectors.Select(l => l.Project)))
            .Entity<Network>(e => Expose(e, "Id", "Slug", "Name", "StatedMemberCount", "AnnualFee", "AnnualFeeCurrency"))
            .Entity<Membership>(e => Expose(e, "Id", "Status", "ApplicationDecidedOn", "JoinedOn", "ExcludedEarliestYear", "ExcludedLatestYear"))
            .Entity<MembershipRepresentative>(e => Expose(e, "AppointedOn"))
            .Entity<MembershipPriority>(e => Expose(e, "Ordinal", "Text"))
            .Entity<Forum>(e => Expose(e, "Id", "Slug", "Name", "Ordinal", "Year"))
            .Entity<Event>(e => Expose(e, "Id", "Slug", "Name", "Kind", "Status", "Year", "StartDate", "EndDate"));

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
        ConnectionArguments.Describe(field.Field, typeof(T));
    }

    /// <summary>
    /// Leaves every scalar property of <typeparamref name="T"/> out of filtering and sorting except <paramref name="scalars"/>;
    /// every relation (a reference or a collection navigation of the EF model, in both directions) stays in, as
    /// HotChocolate's filtering over EF Core exposes it. Personal data is left out whatever the list says.
    /// </summary>
    private static EntityDescriptor<T> Expose<T>(EntityDescriptor<T> entity, params string[] scalars)
    {
        foreach (PropertyInfo property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            bool relation = !property.PropertyType.IsValueType && property.PropertyType != typeof(string);
            if ((relation || scalars.Contains(property.Name)) && property.GetCustomAttribute<PersonalDataAttribute>() is null)
            {
                continue;
            }

            ParameterExpression x = Expression.Parameter(typeof(T), "x");
            entity.Ignore(Expression.Lambda<Func<T, object?>>(Expression.Convert(Expression.Property(x, property), typeof(object)), x));
        }

        return entity;
    }
}
