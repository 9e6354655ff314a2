using CreativeGraph.Data;
using CreativeGraph.Data.Core;
using CreativeGraph.Data.Relay;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Api.Research.Collaboration;

/// <summary>
/// <c>collaborationNetwork(period:, programme:, country:, network:)</c>: the partner collaboration network of a
/// selection with its size and modularity, and its partners as a connection in HotChocolate's shape
/// (<c>where</c>/<c>order</c> on every measure, e.g. the 20 with the highest betweenness), computed in memory and
/// cached per graph version (<see cref="NetworkAnalyses"/>).
/// </summary>
internal static class CentralityTypes
{
    public static SchemaBuilder AddCentrality(this SchemaBuilder builder)
    {
        DataSchema.For(builder).Entity<PartnerCentrality>(e => e.Ignore(c => c.PartnerId));
        return builder
            .AddObjectType(nameof(PartnerCentrality), t =>
            {
                t.RuntimeType<PartnerCentrality>().Description("A partner of a collaboration network with its centrality and community.");
                t.Field("partner").Type("Partner!").Description("The partner organisation.").Resolve(c => c.LoadNodeAsync("Partner", c.GetParent<PartnerCentrality>().PartnerId));
                t.Field("name").Type("String!").Description("The partner's name (to filter and order by).").Resolve(c => c.GetParent<PartnerCentrality>().Name).IsPure();
                t.Field("degree").Type("Int!").Description("How many partners of the network it shares at least one project with.").Resolve(c => c.GetParent<PartnerCentrality>().Degree).IsPure();
                t.Field("weightedDegree").Type("Float!").Description("The projects it shares with each of them, summed (edge weight: shared projects).").Resolve(c => c.GetParent<PartnerCentrality>().WeightedDegree).IsPure();
                t.Field("betweenness").Type("Float!").Description("Normalised betweenness (Brandes, unweighted shortest paths; as NetworkX's `betweenness_centrality`): the share of shortest paths between other partners that pass through it. Sampled on large networks (see `betweennessErrorBound`).").Resolve(c => c.GetParent<PartnerCentrality>().Betweenness).IsPure();
                t.Field("pageRank").Type("Float!").Description("PageRank over the weighted network (damping `pageRankDamping`; the ranks sum to 1).").Resolve(c => c.GetParent<PartnerCentrality>().PageRank).IsPure();
                t.Field("coreNumber").Type("Int!").Description("The largest k of a k-core it belongs to (every member of which has at least k collaborators inside it).").Resolve(c => c.GetParent<PartnerCentrality>().CoreNumber).IsPure();
                t.Field("community").Type("Int!").Description("Its community (Louvain, deterministic), numbered by size: 0 is the largest.").Resolve(c => c.GetParent<PartnerCentrality>().Community).IsPure();
            })
            .AddObjectType(nameof(CollaborationNetwork), t =>
            {
                t.RuntimeType<NetworkAnalysis>().Description("The partner collaboration network of a selection: partners linked when they share a project, weighted by how many they share.");
                t.Field("partnerCount").Type("Int!").Description("Partners taking part in a selected project.").Resolve(c => c.GetParent<NetworkAnalysis>().Partners.Count).IsPure();
                t.Field("edgeCount").Type("Int!").Description("Pairs of partners sharing at least one selected project.").Resolve(c => c.GetParent<NetworkAnalysis>().EdgeCount).IsPure();
                t.Field("communityCount").Type("Int!").Description("Communities found by the Louvain method.").Resolve(c => c.GetParent<NetworkAnalysis>().CommunityCount).IsPure();
                t.Field("modularity").Type("Float!").Description("The modularity of the communities (resolution 1).").Resolve(c => c.GetParent<NetworkAnalysis>().Modularity).IsPure();
                t.Field("betweennessExact").Type("Boolean!").Description("True when betweenness searched from every partner; false when it was sampled.").Resolve(c => c.GetParent<NetworkAnalysis>().BetweennessErrorBound == 0).IsPure();
                t.Field("betweennessSources").Type("Int!").Description("How many partners betweenness searched from.").Resolve(c => c.GetParent<NetworkAnalysis>().BetweennessSources).IsPure();
                t.Field("betweennessErrorBound").Type("Float!").Description("0 when exact; else each sampled betweenness lies within this of the exact value with probability 95 % (Hoeffding).").Resolve(c => c.GetParent<NetworkAnalysis>().BetweennessErrorBound).IsPure();
                t.Field("pageRankDamping").Type("Float!").Description("PageRank's damping factor.").Resolve(c => c.GetParent<NetworkAnalysis>().PageRankDamping).IsPure();
                QueryableFieldDescriptor<PartnerCentrality> partners = t.QueryableField(builder, "partners", c => c.GetParent<NetworkAnalysis>().Partners.AsQueryable())
                    .UsePaging(o => o.ConnectionName = "PartnerCentralities")
                    .UseFiltering()
                    .UseSorting()
                    .DefaultOrder(("pageRank", true));
                partners.Field.Description("The partners with their measures, highest PageRank first; `where` and `order` take every measure.");
                KnowledgeGraph.Fields.ConnectionArguments.Describe(partners.Field, typeof(PartnerCentrality));
            })
            .ExtendObjectType("Query", t => t.Field("collaborationNetwork").Type($"{nameof(CollaborationNetwork)}!").Cost(CostWeights.Centrality)
                .Description("Centrality and communities of the partner collaboration network of the projects active in `period` (and funded by `programme`), among the partners based in `country` and located in the member regions of `network`. Computed in memory once per graph version and selection, then cached; bounded by `Research:Centrality:MaxPairs` (`RESEARCH_NETWORK_TOO_LARGE`).")
                .Selection()
                .Resolve(async c => await c.Services.GetRequiredService<NetworkAnalyses>()
                    .GetAsync(await NetworkSelectionArguments.ReadAsync(c).ConfigureAwait(false), c.RequestAborted).ConfigureAwait(false)));
    }
}
