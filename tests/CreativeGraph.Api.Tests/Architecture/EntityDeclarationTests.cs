using System.Reflection;
using CreativeGraph.Api.KnowledgeGraph.Entities;
using CreativeGraph.Api.Research.Export;
using CreativeGraph.Api.Research.Index;
using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.Tests.Architecture;

/// <summary>
/// Each entity type is declared once: in the store (<see cref="StoredEntities"/>) and in its schema slice
/// (<see cref="KnowledgeGraphEntities"/>). The few lists that must stay compile-time constants or enums (the
/// entity-type names inlined into SQL, the order the research graph's published outputs keep) are checked against the declarations here.
/// </summary>
public sealed class EntityDeclarationTests
{
    private static readonly string[] s_stored = [.. StoredEntities.All.Select(d => d.Name)];

    [Fact]
    public void Every_stored_entity_type_has_its_schema_declaration_and_no_other_exists()
    {
        Assert.Equal(s_stored.Order(), KnowledgeGraphEntities.All.Select(e => e.Name).Order());
    }

    [Fact]
    public void The_entity_type_name_constants_are_the_declared_names()
    {
        string[] constants = [.. typeof(EntityTypes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)];

        Assert.Equal(s_stored.Order(), constants.Order());
    }

    [Fact]
    public void The_traversal_node_kinds_are_declared_node_types()
    {
        string[] nodes = [.. KnowledgeGraphEntities.All.Where(e => e.IsNode).Select(e => e.Name)];

        Assert.NotEmpty(TraversalCatalog.Default.Nodes);
        Assert.All(TraversalCatalog.Default.Nodes, kind => Assert.Contains(kind.Name, nodes));
    }

    [Fact]
    public void The_published_order_names_only_declared_node_types_and_edge_tables_and_all_of_them()
    {
        Assert.Equal(PublishedOrder.Nodes, TraversalCatalog.Default.Nodes.Select(n => n.Name));
        Assert.Equal(PublishedOrder.EdgeTables, TraversalCatalog.Default.EdgeTables.Select(t => t.Name));
        Assert.Equal(PublishedOrder.NodeAttributes, ExportAttributes.Default.Node.Select(a => a.Name));
    }

    [Fact]
    public void Exactly_the_searchable_types_describe_their_search_value()
    {
        Assert.Equal(
            StoredEntities.All.Where(d => d.IsSearchable).Select(d => d.Name).Order(),
            KnowledgeGraphEntities.All.Where(e => e.SearchDescription is not null).Select(e => e.Name).Order());
    }

    [Fact]
    public void An_edge_key_is_its_ends_keys_joined_as_the_import_writes_them()
    {
        Participation participation = new()
        {
            Project = new Project { Slug = "creative-cities", Acronym = "CC", Title = "Creative Cities", Summary = "" },
            Partner = new Partner { Slug = "city-of-leipzig", Name = "City of Leipzig" },
        };

        Assert.Equal(EntityKeys.Compose("creative-cities", "city-of-leipzig"), StoredEntities.Participation.KeyOf(participation));
        Assert.Equal("creative-cities/city-of-leipzig", StoredEntities.Participation.KeyOf(participation));
    }
}
