using CreativeGraph.Api.KnowledgeGraph.Fields;
using CreativeGraph.Api.Research.Collaboration;
using CreativeGraph.Api.Research.Partnerships;
using CreativeGraph.Api.Research.Statistics;
using CreativeGraph.Api.Research.Timeline;
using CreativeGraph.Api.Research.Traversal;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Api.Research.Composition;

/// <summary>
/// The research part of the schema, on top of the knowledge graph's types: collaborations
/// (<see cref="PartnershipTypes"/>), traversals (<see cref="TraversalTypes"/>) and statistics
/// (<see cref="StatisticsTypes"/>), centrality and communities
/// (<see cref="CentralityTypes"/>), timelines (<see cref="TimelineTypes"/>).
/// </summary>
internal static class ResearchSchema
{
    public static SchemaBuilder AddResearch(this SchemaBuilder builder, PagingDefaults paging) => builder
        .AddPeriodInput()
        .AddPartnerships(paging)
        .AddTraversals()
        .AddStatistics()
        .AddCentrality()
        .AddTimelines();
}
