using CreativeGraph.Api.KnowledgeGraph.Fields;
using CreativeGraph.Api.KnowledgeGraph.Types;
using CreativeGraph.Api.Research;
using CreativeGraph.Api.Search;
using CreativeGraph.Data.Relay;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.KnowledgeGraph;

/// <summary>
/// The knowledge-graph schema: the types, their scalar fields and enums in <c>KnowledgeGraph.graphql</c>; in code,
/// global object identification (<see cref="KnowledgeGraphNodes"/>), the root lookups and connections, and every
/// relation in both directions (<c>Types/</c>), all over EF Core through the data conventions.
/// </summary>
internal static class KnowledgeGraphSchema
{
    /// <summary>
    /// The schema for <paramref name="provider"/>, whose null order the keyset cursors follow; <c>nodes(ids:)</c> takes at
    /// most <paramref name="maxAllowedNodeBatchSize"/> ids.
    /// </summary>
    public static Schema Create(
        DatabaseProvider provider = DatabaseProvider.Sqlite,
        int maxAllowedNodeBatchSize = NodeSchemaExtensions.DefaultMaxAllowedNodeBatchSize)
    {
        PagingDefaults paging = new(provider);
        SchemaBuilder builder = new SchemaBuilder().AddSdl(ReadSdl()).AddIncrementalDelivery();   // @defer, @stream
        return builder
            .BindEnumType<RegionKind>(nameof(RegionKind))
            .BindEnumType<PartnerKind>(nameof(PartnerKind))
            .BindEnumType<ParticipationRole>(nameof(ParticipationRole))
            .BindEnumType<ProgrammeKind>(nameof(ProgrammeKind))
            .BindEnumType<ProjectStatus>(nameof(ProjectStatus))
            .BindEnumType<DatePrecision>(nameof(DatePrecision))
            .BindEnumType<ObjectiveKind>(nameof(ObjectiveKind))
            .BindEnumType<MembershipStatus>(nameof(MembershipStatus))
            .BindEnumType<EventKind>(nameof(EventKind))
            .BindEnumType<EventStatus>(nameof(EventStatus))
            .BindEnumType<NameKind>(nameof(NameKind))
            .AddNodes(maxAllowedNodeBatchSize)
            .AddLookups()
            .AddRootConnections(paging)
            .AddRootSegments()
            .AddPlaceRelations(paging)
            .AddOrganisationRelations(paging)
            .AddProjectRelations(paging)
            .AddNetworkRelations(paging)
            .AddProvenanceRelations(paging)
            .AddSearch(paging)
            .AddResearch(paging)
            .Build();
    }

    private static string ReadSdl()
    {
        using Stream stream = typeof(KnowledgeGraphSchema).Assembly.GetManifestResourceStream("CreativeGraph.Api.KnowledgeGraph.graphql")
            ?? throw new InvalidOperationException("The embedded knowledge-graph SDL is missing.");
        using StreamReader reader = new(stream);
        return reader.ReadToEnd();
    }
}
