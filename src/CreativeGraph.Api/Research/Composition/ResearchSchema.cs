using CreativeGraph.Api.KnowledgeGraph.Entities;
using CreativeGraph.Api.KnowledgeGraph.Fields;
using CreativeGraph.Api.Research.Collaboration;
using CreativeGraph.Api.Research.Index;
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
    /// <summary>Adds the research fields over <paramref name="entities"/>: their traversal declarations make <c>RelationKind</c>.</summary>
    public static SchemaBuilder AddResearch(this SchemaBuilder builder, PagingDefaults paging, IReadOnlyList<GraphEntity> entities) => builder
        .AddPeriodInput()
        .AddPartnerships(paging)
        .AddTraversals(ReferenceEquals(entities, KnowledgeGraphEntities.All) ? TraversalCatalog.Default : new TraversalCatalog(entities))
        .AddStatistics()
        .AddCentrality()
        .AddTimelines();
}
