using CreativeGraph.Data.Core;
using CreativeGraph.Data.Paging;
using CreativeGraph.Data.Projections;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Tests.Fixtures;

/// <summary>
/// The schema the data tests run: root lists (<c>cities</c>, <c>cityList</c>, <c>citiesPage</c> with offset paging,
/// <c>regions</c>, <c>regionList</c>, <c>projects</c>, <c>partners</c>, <c>partnerList</c>) and the graph below them — Region.cities (one-to-many), Project.partners (many-to-many through
/// Participation), Project.participations (the links themselves), Partner.city and City.region (references),
/// Region.facts (a string key) and Partner.facts (a composite key).
/// </summary>
internal static class TestSchema
{
    public static Schema Build(DataFixture db)
    {
        bool nullsFirst = db.NullsFirst;
        void Paging(PagingOptions o) => o.NullsFirst = nullsFirst;
        SchemaBuilder builder = new();
        DataSchema.For(builder)
            .EnumType<CityKind>()
            .EnumType<ParticipationRole>()
            .Entity<City>(e => e.Ignore(c => c.Secret).Ignore(c => c.RegionId).Name(c => c.Visitors, "visitorCount"))
            // declared lists: the partners of a region's cities as two disjoint branches, a partner's projects through the edge
            .Entity<Region>(e => e.List(
                "partners",
                r => r.Cities.SelectMany(c => c.Partners.Where(p => p.Acronym == null)),
                r => r.Cities.SelectMany(c => c.Partners.Where(p => p.Acronym != null))))
            .Entity<Partner>(e => e.List("projects", p => p.Participations.Select(l => l.Project)));
        builder.AddObjectType("City", t =>
        {
            t.RuntimeType<City>();
            t.Field("id").Type("Int!");
            t.Field("name").Type("String!");
            t.Field("nickname").Type("String");
            t.Field("population").Type("Int!");
            t.Field("altitude").Type("Int");
            t.Field("visitors").Type("Long!");
            t.Field("area").Type("Decimal!");
            t.Field("rating").Type("Float!");
            t.Field("updatedAt").Type("DateTime!");
            t.Field("founded").Type("Date!");
            t.Field("code").Type("UUID!");
            t.Field("isCapital").Type("Boolean!");
            t.Field("coastal").Type("Boolean");
            t.Field("kind").Type("CityKind!");
            t.Field("formerKind").Type("CityKind");
            t.Field("label").Type("String!").Resolve(c => $"{c.GetParent<City>().Name} ({c.GetParent<City>().Population})").Requires<City>(c => c.Name, c => c.Population);
            t.Field("summary").Type("String!").Resolve(c => $"{c.GetParent<City>().Name}, {c.GetParent<City>().Kind}");
            t.Field("districts").Type("[District!]!");
            t.ReferenceField<City, Region, int>(builder, "region", c => c.RegionId, _ => db.Rent(x => x.Regions), r => r.Id).UseProjection();
            t.ConnectionField<City, City, int>(builder, "neighbours", c => c.RegionId, _ => db.Rent(x => x.Cities), n => n.RegionId)
                .UsePaging(Paging).UseProjection().UseSorting();
        });
        builder.AddObjectType("District", t =>
        {
            t.RuntimeType<District>();
            t.Field("id").Type("Int!");
            t.Field("name").Type("String!");
            t.Field("population").Type("Int!");
        });
        builder.AddObjectType("Region", t =>
        {
            t.RuntimeType<Region>();
            t.Field("id").Type("Int!");
            t.Field("name").Type("String!");
            t.Field("rank").Type("Int!");
            t.ConnectionField<Region, City, int>(builder, "cities", r => r.Id, _ => db.Rent(x => x.Cities), c => c.RegionId)
                .UsePaging(Paging).UseProjection().UseFiltering().UseSorting();
            t.ConnectionField<Region, City, int>(builder, "cityList", r => r.Id, _ => db.Rent(x => x.Cities), c => c.RegionId)
                .UseProjection().UseFiltering().UseSorting().DefaultOrder(("name", false));
            t.ConnectionField<Region, Fact, string>(builder, "facts", r => r.Name, _ => db.Rent(x => x.Facts.Where(f => f.EntityType == "Region")), f => f.EntityKey)
                .UseProjection();
        });
        builder.AddObjectType("Partner", t =>
        {
            t.RuntimeType<Partner>();
            t.Field("id").Type("Int!");
            t.Field("name").Type("String!");
            t.Field("acronym").Type("String");
            t.Field("staff").Type("Int!");
            t.ReferenceField<Partner, City, int>(builder, "city", p => p.CityId, _ => db.Rent(x => x.Cities), c => c.Id).UseProjection();
            t.ConnectionField<Partner, Fact, (string, string)>(
                builder,
                "facts",
                p => new ValueTuple<string, string>("Partner", p.Name),
                _ => db.Rent(x => x.Facts),
                f => new ValueTuple<string, string>(f.EntityType, f.EntityKey))
                .UsePaging(o => { Paging(o); o.ConnectionName = "PartnerFacts"; }).UseProjection().UseSorting();

            // Odd partners ask for Project facts of their name: one batch mixes both entity types.
            t.ConnectionField<Partner, Fact, (string, string)>(
                builder,
                "mentions",
                p => new ValueTuple<string, string>(p.Id % 2 == 0 ? "Partner" : "Project", p.Name),
                _ => db.Rent(x => x.Facts),
                f => new ValueTuple<string, string>(f.EntityType, f.EntityKey))
                .UseProjection();
        });
        builder.AddObjectType("Participation", t =>
        {
            t.RuntimeType<Participation>();
            t.Field("id").Type("Int!");
            t.Field("role").Type("ParticipationRole!");
            t.ReferenceField<Participation, Partner, int>(builder, "partner", l => l.PartnerId, _ => db.Rent(x => x.Partners), p => p.Id).UseProjection();
        });
        builder.AddObjectType("Project", t =>
        {
            t.RuntimeType<Project>();
            t.Field("id").Type("Int!");
            t.Field("acronym").Type("String!");
            t.Field("year").Type("Int!");
            t.ConnectionField<Project, Participation, Partner, int>(builder, "partners", p => p.Id, _ => db.Rent(x => x.Participations), l => l.ProjectId, l => l.Partner)
                .UsePaging(Paging).UseProjection().UseFiltering().UseSorting();
            t.ConnectionField<Project, Participation, int>(builder, "participations", p => p.Id, _ => db.Rent(x => x.Participations), l => l.ProjectId)
                .UsePaging(Paging).UseProjection().UseFiltering().UseSorting();
        });
        builder.AddObjectType("Fact", t =>
        {
            t.RuntimeType<Fact>();
            t.Field("id").Type("Int!");
            t.Field("text").Type("String!");
        });
        builder.AddQueryType("Query", t =>
        {
            t.QueryableField(builder, "cities", _ => db.Rent(x => x.Cities)).UsePaging(Paging).UseFiltering().UseSorting();
            t.QueryableField(builder, "cityList", _ => db.Rent(x => x.Cities)).UseFiltering().UseSorting();
            t.QueryableField(builder, "citiesPage", _ => db.Rent(x => x.Cities))
                .UseOffsetPaging(o => { o.IncludeTotalCount = true; o.CollectionSegmentName = "Cities"; })
                .UseProjection()
                .UseFiltering()
                .UseSorting();
            t.QueryableField(builder, "regions", _ => db.Rent(x => x.Regions)).UsePaging(Paging).UseProjection().UseFiltering().UseSorting();
            t.QueryableField(builder, "projects", _ => db.Rent(x => x.Projects)).UsePaging(o => { Paging(o); o.MaxPageSize = 2000; }).UseProjection().UseFiltering().UseSorting();
            t.QueryableField(builder, "partners", _ => db.Rent(x => x.Partners)).UsePaging(Paging).UseProjection().UseFiltering().UseSorting();
            t.QueryableField(builder, "regionList", _ => db.Rent(x => x.Regions)).UseFiltering();
            t.QueryableField(builder, "partnerList", _ => db.Rent(x => x.Partners)).UseFiltering();
        });
        return builder.Build();
    }
}
