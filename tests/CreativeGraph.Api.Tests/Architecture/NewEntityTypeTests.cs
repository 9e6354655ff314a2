using CreativeGraph.Api.Commands;
using CreativeGraph.Api.KnowledgeGraph;
using CreativeGraph.Api.KnowledgeGraph.Entities;
using CreativeGraph.Api.Research;
using CreativeGraph.Api.Research.Index;
using CreativeGraph.Api.Research.Traversal;
using CreativeGraph.Data.Relay;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Tests.Architecture;

/// <summary>
/// The worked example of adding an entity type: a <c>Festival</c> declared as its slice would declare it (<see cref="FestivalSlice"/>)
/// (plus its SDL type), becomes a node, a root connection and offset segment, a lookup, filter and sort inputs and a
/// <c>SearchableType</c> value, a node kind of the traversals with the relation kind it declares (a new
/// <c>RelationKind</c> value and the edges its rows make), and changes nothing else of the schema. In the product the
/// declaration is <c>KnowledgeGraph/Entities/FestivalEntity.cs</c>, one line in <c>StoredEntities</c> and the
/// migration. Its rows in the export and its active period in the index are <see cref="NewEntityTypeExportTests"/>; the store's
/// half (index, keys, bulk writing, search rows) is the Persistence tests' <c>NewEntityTypeStorageTests</c>.
/// </summary>
public sealed class NewEntityTypeTests
{
    [Fact]
    public void A_declared_entity_type_reaches_every_derived_part_of_the_schema()
    {
        Schema schema = KnowledgeGraphSchema.Create(
            DatabaseProvider.Sqlite, NodeSchemaExtensions.DefaultMaxAllowedNodeBatchSize, [.. KnowledgeGraphEntities.All, FestivalSlice.Festival], FestivalSlice.Sdl);

        ObjectType festival = Assert.IsType<ObjectType>(schema.GetType<ObjectType>("Festival"));
        Assert.Contains(festival.Interfaces, i => i.Name == "Node");
        Assert.Equal("ID", festival.Fields["id"]!.Type.NamedType().Name);
        ObjectType query = schema.QueryType;
        Assert.Equal("FestivalsConnection", query.Fields["festivals"]!.Type.NamedType().Name);
        Assert.Equal("FestivalsCollectionSegment", query.Fields["festivalsPage"]!.Type.NamedType().Name);
        Assert.Equal("Festival", query.Fields["festival"]!.Type.NamedType().Name);
        InputObjectType filter = Assert.IsType<InputObjectType>(schema.GetType<InputObjectType>("FestivalFilterInput"));
        Assert.Equal(["and", "or", "id", "slug", "name", "year"], filter.Fields.Select(f => f.Name));
        EnumType searchable = Assert.IsType<EnumType>(schema.GetType<EnumType>("SearchableType"));
        Assert.Contains(searchable.Values, v => v.Name == "FESTIVAL");
    }

    [Fact]
    public void Declaring_an_entity_type_only_adds_to_the_published_schema()
    {
        string[] published = SchemaExportCommand.ExportSdl().Split('\n');
        Schema schema = KnowledgeGraphSchema.Create(
            DatabaseProvider.Sqlite, NodeSchemaExtensions.DefaultMaxAllowedNodeBatchSize, [.. KnowledgeGraphEntities.All, FestivalSlice.Festival], FestivalSlice.Sdl);
        string[] extended = (SchemaPrinter.Print(schema) + "\n").Split('\n');

        // Every published line is still there, in order: the new type's parts are insertions between them.
        int at = 0;
        foreach (string line in extended)
        {
            at += at < published.Length && published[at] == line ? 1 : 0;
        }

        Assert.Equal(published.Length, at);
        Assert.True(extended.Length > published.Length + 100, $"only {extended.Length - published.Length} lines were added");
    }

    [Fact]
    public void A_declared_relation_kind_is_a_new_value_of_RelationKind_after_the_published_ones()
    {
        Schema schema = KnowledgeGraphSchema.Create(
            DatabaseProvider.Sqlite, NodeSchemaExtensions.DefaultMaxAllowedNodeBatchSize, [.. KnowledgeGraphEntities.All, FestivalSlice.Festival], FestivalSlice.Sdl);
        Schema published = KnowledgeGraphSchema.Create(
            DatabaseProvider.Sqlite, NodeSchemaExtensions.DefaultMaxAllowedNodeBatchSize, KnowledgeGraphEntities.All, "");

        EnumType kinds = Assert.IsType<EnumType>(schema.GetType<EnumType>("RelationKind"));
        EnumType before = Assert.IsType<EnumType>(published.GetType<EnumType>("RelationKind"));
        Assert.Equal([.. before.Values.Select(v => v.Name), "FESTIVAL_OF"], kinds.Values.Select(v => v.Name));
        Assert.Equal("Festival → the network whose festival it is.", kinds.Values.Last().Description);
    }

    [Fact]
    public void A_declared_entity_type_is_a_node_of_the_traversals_with_the_edges_it_declares()
    {
        var catalog = new TraversalCatalog([.. KnowledgeGraphEntities.All, FestivalSlice.Festival]);

        // The published kinds keep their places; the festival's come after them.
        Assert.Equal(TraversalCatalog.Default.Nodes.Append(new NodeKind("Festival", TraversalCatalog.Default.Nodes.Count)), catalog.Nodes);
        Assert.Equal(TraversalCatalog.Default.Relations.Select(r => r.Name).Append("FestivalOf"), catalog.Relations.Select(r => r.Name));
        NodeKind festival = catalog.Node("Festival");
        RelationKind festivalOf = catalog.Relation("FestivalOf");
        TraversalTable table = Assert.Single(catalog.EdgeTables, t => t.Name == "Festival");
        Assert.Same(table, catalog.Owner(festivalOf, festival));

        // A row with a network makes the declared edge, cited under the festival's own row; one without makes none.
        GraphEdgeRef edge = Assert.Single(table.Edges(new TraversalRow(7, [3], Period.All, Period.All, null, "jazz-2024")));
        Assert.Equal(new GraphEdgeRef(festivalOf, new NodeRef(festival, 7), new NodeRef(NodeKind.Network, 3), 7), edge);
        Assert.Empty(table.Edges(new TraversalRow(8, [null], Period.All, Period.All, null, "folk-2024")));

        // The index holds it, and a traversal follows it both ways when `via` names it, and not when it does not.
        var builder = new AdjacencyIndexBuilder(catalog);
        builder.AddNode(festival, 7);
        builder.AddNode(NodeKind.Network, 3);
        builder.AddEdge(edge.Kind, edge.From, edge.To, edge.RowId);
        AdjacencyIndex index = builder.Build("festival");
        Assert.True(index.TryGetNode(new NodeRef(NodeKind.Network, 3), out int network));
        Neighbourhood around = Neighbourhood.Collect(index, network, 1, RelationSet.Of([festivalOf]), Period.All, 10, 10, default);
        Assert.Equal([new NodeRef(NodeKind.Network, 3), new NodeRef(festival, 7)], around.Nodes.Select(n => n.Node));
        Assert.Equal(edge, Assert.Single(around.Edges));
        Assert.Single(Neighbourhood.Collect(index, network, 1, RelationSet.Of([RelationKind.Membership]), Period.All, 10, 10, default).Nodes);
    }
}
