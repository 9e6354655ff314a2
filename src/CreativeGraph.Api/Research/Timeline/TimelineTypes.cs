using CreativeGraph.Api.Research.Collaboration;
using CreativeGraph.Data;
using CreativeGraph.Data.Core;
using CreativeGraph.Data.Projections;
using CreativeGraph.Data.Relay;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.Research.Timeline;

/// <summary>
/// <c>timeline</c> on the root (a selection as <c>collaborationNetwork</c> takes it), on <c>Network</c>,
/// <c>Region</c> and <c>Partner</c>: per year the size of the collaboration network and the partners that joined or
/// leave it (<see cref="NetworkTimeline"/>), computed in memory and cached per graph version (<see cref="NetworkTimelines"/>).
/// </summary>
internal static class TimelineTypes
{
    // Timelines of the graph span a few decades; the cost analysis counts the list as this long.
    private const int YearsAssumed = 30;

    private const string Years = "The years from the first to the last the `period` touches (an open end: the first or last year a dated project of the scope is active in), oldest first. Each year's network is that of the whole calendar year; at most `Research:Timeline:MaxYears` years (`RESEARCH_TIMELINE_TOO_LONG`).";

    public static SchemaBuilder AddTimelines(this SchemaBuilder builder)
    {
        DataSchema.For(builder).Entity<TimelinePartner>(e => e.Ignore(p => p.PartnerId));
        return builder
            .AddObjectType(nameof(TimelinePartner), t =>
            {
                t.RuntimeType<TimelinePartner>().Description("A partner that joined or leaves a collaboration network in a year.");
                t.Field("partner").Type("Partner!").Description("The partner organisation.").Resolve(c => c.LoadNodeAsync(nameof(Partner), c.GetParent<TimelinePartner>().PartnerId));
                t.Field("name").Type("String!").Description("The partner's name (to filter and order by).").Resolve(c => c.GetParent<TimelinePartner>().Name).IsPure();
            })
            .AddObjectType(nameof(TimelineYear), t =>
            {
                t.RuntimeType<TimelineYear>().Description("One year of a collaboration network: the partners taking part in a project active in the year (its dates overlap the year; a missing date never excludes), linked when they share one.");
                t.Field("year").Type("Int!").Description("The calendar year.").Resolve(c => c.GetParent<TimelineYear>().Year).IsPure();
                t.Field("partnerCount").Type("Int!").Description("Partners of the year's network (its nodes).").Resolve(c => c.GetParent<TimelineYear>().PartnerCount).IsPure();
                t.Field("edgeCount").Type("Int!").Description("Pairs of them sharing a project active in the year (its edges).").Resolve(c => c.GetParent<TimelineYear>().EdgeCount).IsPure();
                t.Field("projectCount").Type("Int!").Description("Projects active in the year with at least one partner of the network.").Resolve(c => c.GetParent<TimelineYear>().ProjectCount).IsPure();
                t.Field("newPartnerCount").Type("Int!").Description("Partners in this year's network that were not in the previous year's.").Resolve(c => c.GetParent<TimelineYear>().New.Length).IsPure();
                t.Field("leavingPartnerCount").Type("Int!").Description("Partners in this year's network that are not in the next year's.").Resolve(c => c.GetParent<TimelineYear>().Leaving.Length).IsPure();
                Partners(builder, t, "newPartners", y => y.NewPartners, "The partners counted by `newPartnerCount`, by name.");
                Partners(builder, t, "leavingPartners", y => y.LeavingPartners, "The partners counted by `leavingPartnerCount`, by name.");
            })
            .ExtendObjectType("Query", t => Timeline(t.Field("timeline"), "The collaboration network through time: per year, its partners and links and who joined or leaves it, for the projects funded by `programme`, among the partners based in `country` and located in the regions that are members of `network` during each year (as `collaborationNetwork`). " + Years)
                .Selection()
                .Resolve(async c => await Get(c, await NetworkSelectionArguments.ReadAsync(c).ConfigureAwait(false), null, null).ConfigureAwait(false)))
            .ExtendObjectType(nameof(Network), t => Timeline(t.Field("timeline"), "The collaboration network of the partners located in the regions that are members of this network during each year. " + Years)
                .Period().Programme().Country()
                .Requires<Network>()
                .Resolve(async c => await Get(c, await NetworkSelectionArguments.ReadAsync(c).ConfigureAwait(false) with { Network = c.GetParent<Network>().Id }, null, null).ConfigureAwait(false)))
            .ExtendObjectType(nameof(Region), t => Timeline(t.Field("timeline"), "The collaboration network of the partners located in this region (directly or through their city). " + Years)
                .Period().Programme()
                .Requires<Region>()
                .Resolve(async c => await Get(c, await NetworkSelectionArguments.ReadAsync(c).ConfigureAwait(false), c.GetParent<Region>().Id, null).ConfigureAwait(false)))
            .ExtendObjectType(nameof(Partner), t => Timeline(t.Field("timeline"), "The ego network of this partner: it and the partners sharing a project of the year with it, with every link among them. " + Years)
                .Period().Programme()
                .Requires<Partner>()
                .Resolve(async c => await Get(c, await NetworkSelectionArguments.ReadAsync(c).ConfigureAwait(false), null, c.GetParent<Partner>().Id).ConfigureAwait(false)));
    }

    private static FieldDescriptor Timeline(FieldDescriptor field, string description) => field
        .Type($"[{nameof(TimelineYear)}!]!")
        .Cost(CostWeights.Timeline)
        .ListSize(assumedSize: YearsAssumed, requireOneSlicingArgument: false)
        .Description(description);

    private static async Task<IReadOnlyList<TimelineYear>> Get(IResolverContext c, NetworkSelection selection, int? region, int? partner) =>
        (await c.Services.GetRequiredService<NetworkTimelines>().GetAsync(new TimelineRequest(selection, region, partner), c.RequestAborted).ConfigureAwait(false)).Years;

    private static void Partners(SchemaBuilder builder, ObjectTypeDescriptor t, string name, Func<TimelineYear, IReadOnlyList<TimelinePartner>> partners, string description)
    {
        QueryableFieldDescriptor<TimelinePartner> field = t.QueryableField(builder, name, c => partners(c.GetParent<TimelineYear>()).AsQueryable())
            .UsePaging(o => o.ConnectionName = "TimelinePartners")
            .UseFiltering()
            .UseSorting()
            .DefaultOrder(("name", false));
        field.Field.Description(description);
        KnowledgeGraph.Fields.ConnectionArguments.Describe(field.Field, typeof(TimelinePartner));
    }
}
