using CreativeGraph.Api.KnowledgeGraph;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Api.Tests;

/// <summary>
/// Every to-many relation of the knowledge graph is filterable from its parent: each connection field of a type that
/// has a <c>&lt;Type&gt;FilterInput</c> appears in that input under its own name as
/// <c>ListFilterInputTypeOf&lt;Node&gt;FilterInput { all none some any }</c>, and each of those operations carries its cost.
/// </summary>
public sealed class RelationFilterInputTests
{
    // Lists that are not relations of the EF model: provenance and other names are keyed by natural key, and the
    // partnership lists are computed by the research traversals.
    private static readonly string[] s_notRelations = ["sources", "alternativeNames", "collaborators", "partnerRegions", "partnerCities"];

    private static readonly Schema s_schema = KnowledgeGraphSchema.Create();

    public static TheoryData<string, string> RelationLists()
    {
        TheoryData<string, string> lists = [];
        foreach (ObjectType type in s_schema.Types.OfType<ObjectType>().Where(t => s_schema.GetType<InputObjectType>(t.Name + "FilterInput") is not null))
        {
            foreach (OutputField field in type.Fields.Where(f => f.Type.NamedType().Name.EndsWith("Connection", StringComparison.Ordinal) && !s_notRelations.Contains(f.Name)))
            {
                lists.Add(type.Name, field.Name);
            }
        }

        return lists;
    }

    [Fact]
    public void The_relations_of_every_entity_are_checked() => Assert.True(RelationLists().Count >= 35, $"only {RelationLists().Count} relation lists found");

    [Theory]
    [MemberData(nameof(RelationLists))]
    public void A_to_many_relation_is_a_list_filter_of_its_node_type(string type, string field)
    {
        InputObjectType filter = s_schema.GetType<InputObjectType>(type + "FilterInput")!;
        ObjectType connection = (ObjectType)s_schema.GetType<NamedType>(s_schema.GetType<ObjectType>(type)!.Fields[field]!.Type.NamedType().Name)!;
        string node = connection.Fields["nodes"]!.Type.NamedType().Name;

        InputValue? list = filter.Fields[field];

        Assert.True(list is not null, $"{type}FilterInput has no field {field}");
        InputObjectType operations = (InputObjectType)list.Type.NamedType();
        Assert.Equal(["all", "none", "some", "any"], operations.Fields.Select(f => f.Name));
        // The elements are the nodes, or (Project.cities, .regions, .sectors, kept as they were) the edges to them.
        InputObjectType element = (InputObjectType)operations.Fields["some"]!.Type.NamedType();
        Assert.True(
            element.Name == node + "FilterInput" || element.Fields.Any(f => f.Type.NamedType().Name == node + "FilterInput"),
            $"{type}FilterInput.{field} filters {element.Name}, which does not reach {node}");
    }
}
