using CreativeGraph.Api.KnowledgeGraph.Fields;
using CreativeGraph.Data;
using CreativeGraph.Data.Core;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using static CreativeGraph.Api.KnowledgeGraph.Fields.KnowledgeGraphContexts;

namespace CreativeGraph.Api.Research.Partnerships;

/// <summary>
/// Who worked with whom: <c>Partner.collaborators</c>, <c>Region.partnerRegions</c> and <c>City.partnerCities</c>,
/// connections in HotChocolate's shape over <see cref="Partnerships"/>, most shared projects first, filterable on
/// the partner or place (<c>where: { partner: { name: { contains: "…" } } }</c>) and on the count.
/// </summary>
internal static class PartnershipTypes
{
    public static SchemaBuilder AddPartnerships(this SchemaBuilder builder, PagingDefaults paging)
    {
        DataSchema.For(builder)
            .Entity<Collaborator>(e => e.Ignore(c => c.PartnerId).Ignore(c => c.CollaboratorId))
            .Entity<PartnerRegion>(e => e.Ignore(c => c.FromRegionId).Ignore(c => c.PartnerRegionId))
            .Entity<PartnerCity>(e => e.Ignore(c => c.FromCityId).Ignore(c => c.PartnerCityId));

        return builder
            .AddObjectType(nameof(Collaborator), t =>
            {
                t.RuntimeType<Collaborator>().Description("A partner organisation that shares at least one project with the partner whose collaborator it is.");
                t.Field("partner").Type("Partner!").Description("The collaborating partner.").Resolve(c => c.GetParent<Collaborator>().Partner).IsPure();
                t.Field("sharedProjectCount").Type("Int!").Description("How many projects the two partners share.").Resolve(c => c.GetParent<Collaborator>().SharedProjectCount).IsPure();
                t.Field("sharedProjects").Type("[Project!]!").Description("The projects the two partners share (those active in the list's `period`), oldest first.")
                    .Resolve(c => c.DataLoader<SharedProjectsLoader>().LoadAsync((c.GetParent<Collaborator>().PartnerId, c.GetParent<Collaborator>().CollaboratorId, c.GetParent<Collaborator>().Period), c.RequestAborted));
            })
            .AddObjectType(nameof(PartnerRegion), t =>
            {
                t.RuntimeType<PartnerRegion>().Description("A region whose partner organisations share projects with the partners of another region.");
                t.Field("region").Type("Region!").Description("The partner region.").Resolve(c => c.GetParent<PartnerRegion>().Region).IsPure();
                t.Field("sharedProjectCount").Type("Int!").Description("How many projects have partners located in both regions.").Resolve(c => c.GetParent<PartnerRegion>().SharedProjectCount).IsPure();
            })
            .AddObjectType(nameof(PartnerCity), t =>
            {
                t.RuntimeType<PartnerCity>().Description("A city whose partner organisations share projects with the partners of another city.");
                t.Field("city").Type("City!").Description("The partner city.").Resolve(c => c.GetParent<PartnerCity>().City).IsPure();
                t.Field("sharedProjectCount").Type("Int!").Description("How many projects have partners based in both cities.").Resolve(c => c.GetParent<PartnerCity>().SharedProjectCount).IsPure();
            })
            .ExtendObjectType(nameof(Partner), t => Describe(
                t.ConnectionField<Partner, Collaborator, int>(builder, "collaborators", p => p.Id, InPeriod(Partnerships.Collaborators), c => c.PartnerId).Key(c => c.CollaboratorId),
                paging,
                "The partner organisations that share at least one project with this one, most shared projects first; with `period`, only the projects active in it count."))
            .ExtendObjectType(nameof(Region), t => Describe(
                t.ConnectionField<Region, PartnerRegion, int>(builder, "partnerRegions", r => r.Id, InPeriod(Partnerships.Regions), c => c.FromRegionId).Key(c => c.PartnerRegionId),
                paging,
                "The regions whose partner organisations share projects with the partners located in this one (directly or through their city), most shared projects first; with `period`, only the projects active in it count."))
            .ExtendObjectType(nameof(City), t => Describe(
                t.ConnectionField<City, PartnerCity, int>(builder, "partnerCities", c => c.Id, InPeriod(Partnerships.Cities), c => c.FromCityId).Key(c => c.PartnerCityId),
                paging,
                "The cities whose partner organisations share projects with the partners based in this one, most shared projects first; with `period`, only the projects active in it count."));
    }

    /// <summary>A source reading the field's <c>period</c> (<see cref="PeriodArgument.Read"/>) with the rented context.</summary>
    private static Func<IResolverContext, RentedQuery<T>> InPeriod<T>(Func<KnowledgeGraphDbContext, Period, IQueryable<T>> query)
        where T : class =>
        context => Rent(context.Services, db => query(db, PeriodArgument.Read(context, db)));

    private static void Describe<TParent, TNode>(ConnectionFieldDescriptor<TParent, TNode, TNode, int> field, PagingDefaults paging, string description)
    {
        field.Field.Cost(CostWeights.Partnerships);
        field.UsePaging(paging.Apply).UseFiltering().UseSorting().DefaultOrder(("sharedProjectCount", true));
        field.Field.Description(description);
        ConnectionArguments.Describe(field.Field, typeof(TNode));
        field.Field.Period();
    }
}
