using System.Linq.Expressions;
using System.Reflection;
using CreativeGraph.Data;
using CreativeGraph.Data.Expressions;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.KnowledgeGraph;

/// <summary>
/// The root lists as HotChocolate-style connections (<c>first after last before</c>, <c>where</c>, <c>order</c>;
/// 10 per page by default, at most 50). Each filter and sort input exposes only the scalar members named here:
/// no navigations, no personal data (<see cref="PersonalDataAttribute"/>), and no <c>decimal</c> members, which
/// SQLite cannot compare or order in EF Core.
/// </summary>
internal static class KnowledgeGraphConnections
{
    public static SchemaBuilder AddRootConnections(this SchemaBuilder builder)
    {
        DataSchema.For(builder)
            .ExistingEnumType<RegionKind>()
            .ExistingEnumType<PartnerKind>()
            .ExistingEnumType<ProjectStatus>()
            .Entity<Source>(e => Expose(e, nameof(Source.Slug), nameof(Source.FileName), nameof(Source.Title), nameof(Source.Language)))
            .Entity<Country>(e => Expose(e, nameof(Country.Code), nameof(Country.Name)))
            .Entity<Region>(e => Expose(e, nameof(Region.Slug), nameof(Region.Name), nameof(Region.Kind)))
            .Entity<City>(e => Expose(e, nameof(City.Slug), nameof(City.Name), nameof(City.Latitude), nameof(City.Longitude)))
            .Entity<Partner>(e => Expose(e, nameof(Partner.Slug), nameof(Partner.Name), nameof(Partner.Acronym), nameof(Partner.LocalName), nameof(Partner.Kind)))
            .Entity<Programme>(e => Expose(e, nameof(Programme.Slug), nameof(Programme.Name), nameof(Programme.StartYear), nameof(Programme.EndYear)))
            .Entity<Project>(e => Expose(
                e,
                nameof(Project.Slug),
                nameof(Project.Acronym),
                nameof(Project.Title),
                nameof(Project.StartDate),
                nameof(Project.EndDate),
                nameof(Project.Status),
                nameof(Project.BudgetCurrency),
                nameof(Project.StatedPartnerCount)))
            .Entity<Sector>(e => Expose(e, nameof(Sector.Slug), nameof(Sector.Name)))
            .Entity<Network>(e => Expose(e, nameof(Network.Slug), nameof(Network.Name), nameof(Network.StatedMemberCount), nameof(Network.AnnualFeeCurrency)))
            .Entity<Forum>(e => Expose(e, nameof(Forum.Slug), nameof(Forum.Name), nameof(Forum.Ordinal), nameof(Forum.Year)))
            .Entity<Event>(e => Expose(
                e,
                nameof(Event.Slug),
                nameof(Event.Name),
                nameof(Event.Year),
                nameof(Event.StartDate),
                nameof(Event.EndDate),
                nameof(Event.InternationalParticipants),
                nameof(Event.TotalParticipants)));

        return builder.AddQueryType("Query", t =>
        {
            Connection(t, builder, "sources", "Every source document the graph was built from, ordered by slug.", db => db.Sources, ("slug", false));
            Connection(t, builder, "countries", "Every country that a region, city or organisation of the graph lies in, ordered by name.", db => db.Countries, ("name", false));
            Connection(t, builder, "regions", "Every region of the graph, ordered by name.", db => db.Regions, ("name", false));
            Connection(t, builder, "cities", "Every city of the graph, ordered by name.", db => db.Cities, ("name", false));
            Connection(t, builder, "partners", "Every partner organisation, ordered by name.", db => db.Partners, ("name", false));
            Connection(t, builder, "programmes", "Every funding programme or policy framework, ordered by name.", db => db.Programmes, ("name", false));
            Connection(t, builder, "projects", "Every cooperation project, ordered by acronym.", db => db.Projects, ("acronym", false));
            Connection(t, builder, "sectors", "Every creative-industry sector that projects name, ordered by name.", db => db.Sectors, ("name", false));
            Connection(t, builder, "networks", "Every network of regions, ordered by name.", db => db.Networks, ("name", false));
            Connection(t, builder, "forums", "Every forum (conference edition) of every network, oldest first.", db => db.Forums, ("year", false), ("ordinal", false));
            Connection(t, builder, "events", "Every dated happening the documents report that is not a forum edition, oldest first.", db => db.Events, ("year", false), ("startDate", false), ("slug", false));
        });
    }

    /// <summary>
    /// A root connection over a context rented from the pooled factory and returned when the page was read.
    /// <paramref name="defaultOrder"/> applies when <c>order</c> is absent; an <c>order</c> argument replaces it.
    /// </summary>
    private static void Connection<T>(
        ObjectTypeDescriptor type,
        SchemaBuilder builder,
        string name,
        string description,
        Func<KnowledgeGraphDbContext, IQueryable<T>> query,
        params (string Field, bool Descending)[] defaultOrder)
        where T : class
    {
        string node = typeof(T).Name;
        QueryableFieldDescriptor<T> field = type.QueryableField(builder, name, context =>
        {
            KnowledgeGraphDbContext db = context.Services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>().CreateDbContext();
            return (query(db).AsNoTracking(), db);
        })
            .UsePaging()
            .UseFiltering()
            .UseSorting()
            .DefaultOrder(defaultOrder);
        field.Field.Description(description)
            .Argument("first", "Int", a => a.Description("Returns the first _n_ elements from the list (default 10, at most 50)."))
            .Argument("after", "String", a => a.Description("Returns the elements in the list that come after the specified cursor."))
            .Argument("last", "Int", a => a.Description("Returns the last _n_ elements from the list (at most 50)."))
            .Argument("before", "String", a => a.Description("Returns the elements in the list that come before the specified cursor."))
            .Argument("where", $"{node}FilterInput", a => a.Description("Keeps the elements that match this filter."))
            .Argument("order", $"[{node}SortInput!]", a => a.Description("Orders the elements; each element of the list is one sort key, in priority order."));
    }

    /// <summary>Leaves every public property of <typeparamref name="T"/> out of filtering and sorting except <paramref name="exposed"/>.</summary>
    private static void Expose<T>(EntityDescriptor<T> entity, params string[] exposed)
    {
        foreach (PropertyInfo property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (exposed.Contains(property.Name)
                && property.GetCustomAttribute<PersonalDataAttribute>() is null
                && (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) != typeof(decimal))
            {
                continue;
            }

            ParameterExpression x = Expression.Parameter(typeof(T), "x");
            entity.Ignore(Expression.Lambda<Func<T, object?>>(Expression.Convert(Expression.Property(x, property), typeof(object)), x));
        }
    }
}
