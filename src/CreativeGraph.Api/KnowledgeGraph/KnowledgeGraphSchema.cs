using CreativeGraph.Api.KnowledgeGraph.Entities;
using CreativeGraph.Api.KnowledgeGraph.Fields;
using CreativeGraph.Api.KnowledgeGraph.Types;
using CreativeGraph.Api.Research.Composition;
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
        int maxAllowedNodeBatchSize = NodeSchemaExtensions.DefaultMaxAllowedNodeBatchSize) =>
        Create(provider, maxAllowedNodeBatchSize, KnowledgeGraphEntities.All, "");

    /// <summary>
    /// The schema over <paramref name="entities"/>, whose types <paramref name="sdl"/> defines beside the embedded
    /// SDL's: what a new entity type's slice gives the schema (the tests show it with a type of their own).
    /// </summary>
    internal static Schema Create(DatabaseProvider provider, int maxAllowedNodeBatchSize, IReadOnlyList<GraphEntity> entities, string sdl)
    {
        PagingDefaults paging = new(provider);
        SchemaBuilder builder = new SchemaBuilder().AddSdl(ReadSdl() + "\n" + sdl).AddIncrementalDelivery();   // @defer, @stream
        return builder
            .BindEnums()
            .AddNodes(entities, maxAllowedNodeBatchSize)
            .AddLookups(entities)
            .AddRootConnections(entities, paging)
            .AddRootSegments(entities)
            .AddPlaceRelations(paging)
            .AddOrganisationRelations(paging)
            .AddProjectRelations(paging)
            .AddNetworkRelations(paging)
            .AddProvenanceRelations(paging)
            .AddSearch(entities, paging)
            .AddResearch(paging, entities)
            .Build();
    }

    private static SchemaBuilder BindEnums(this SchemaBuilder builder)
    {
        foreach (EntityEnum e in KnowledgeGraphEntities.Enums)
        {
            e.Bind(builder);
        }

        return builder;
    }

    private static string ReadSdl()
    {
        using Stream stream = typeof(KnowledgeGraphSchema).Assembly.GetManifestResourceStream("CreativeGraph.Api.KnowledgeGraph.graphql")
            ?? throw new InvalidOperationException("The embedded knowledge-graph SDL is missing.");
        using StreamReader reader = new(stream);
        return reader.ReadToEnd();
    }
}
