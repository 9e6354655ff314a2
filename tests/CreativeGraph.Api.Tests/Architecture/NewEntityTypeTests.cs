using CreativeGraph.Api.Commands;
using CreativeGraph.Api.KnowledgeGraph;
using CreativeGraph.Api.KnowledgeGraph.Entities;
using CreativeGraph.Data.Relay;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Tests.Architecture;

/// <summary>
/// The worked example of adding an entity type: a <c>Festival</c> declared here, as its slice would declare it
/// (plus its SDL type), becomes a node, a root connection and offset segment, a lookup, filter and sort inputs and a
/// <c>SearchableType</c> value, and changes nothing else of the schema. In the product the declaration is
/// <c>KnowledgeGraph/Entities/FestivalEntity.cs</c>, one line in <c>StoredEntities</c> and the migration. The store's
/// half (index, keys, bulk writing, search rows) is the Persistence tests' <c>NewEntityTypeStorageTests</c>.
/// </summary>
public sealed class NewEntityTypeTests
{
    private const string FestivalSdl = """
        "A festival of a network."
        type Festival {
          "The stable slug."
          slug: String!
          "The festival's name."
          name: String!
          "The year it took place."
          year: Int!
        }
        """;

    private static readonly GraphEntity<Festival> s_festival = new(new EntityDefinition<Festival>(
        db => db.Set<Festival>(), e => e.Id, e => e.Slug, e => [EntityName.Primary(e.Name)]))
    {
        IsNode = true,
        Filterable = ["Id", "Slug", "Name", "Year"],
        List = new("festivals", "Every festival, oldest first.", "Every festival, oldest first, a segment at a time.", ("year", false)),
        Lookup = new("festival", "A festival by its slug."),
        Find = (db, slug) => db.Set<Festival>().Where(f => f.Slug == slug),
        SearchDescription = "Festivals (`Festival`).",
    };

    [Fact]
    public void A_declared_entity_type_reaches_every_derived_part_of_the_schema()
    {
        Schema schema = KnowledgeGraphSchema.Create(
            DatabaseProvider.Sqlite, NodeSchemaExtensions.DefaultMaxAllowedNodeBatchSize, [.. KnowledgeGraphEntities.All, s_festival], FestivalSdl);

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
            DatabaseProvider.Sqlite, NodeSchemaExtensions.DefaultMaxAllowedNodeBatchSize, [.. KnowledgeGraphEntities.All, s_festival], FestivalSdl);
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

    /// <summary>The tiny entity of the example: a surrogate key, a natural key, a name and a year.</summary>
    private sealed class Festival
    {
        public int Id { get; set; }

        public string Slug { get; set; } = "";

        public string Name { get; set; } = "";

        public int Year { get; set; }
    }
}
