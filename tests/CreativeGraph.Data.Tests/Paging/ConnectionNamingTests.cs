using CreativeGraph.Data.Core;
using CreativeGraph.Data.Tests.Fixtures;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Tests.Paging;

/// <summary>
/// Connection types are named after their field (HotChocolate): shared by fields of one name over one node type,
/// prefixed with the owner type when the name already pages another node type, or named by ConnectionName.
/// </summary>
public sealed class ConnectionNamingTests
{
    [Fact]
    public void Nested_connections_are_named_after_the_field_and_prefixed_with_their_owner_on_a_collision()
    {
        Schema schema = Build(builder =>
        {
            builder.AddObjectType("Region", t =>
            {
                t.Field("id").Type("Int!");
                t.ConnectionField<Region, City, int>(builder, "members", r => r.Id, _ => Empty<City>(), c => c.RegionId).UsePaging();
                t.ConnectionField<Region, City, int>(builder, "cities", r => r.Id, _ => Empty<City>(), c => c.RegionId).UsePaging();
            });
            builder.AddObjectType("Project", t =>
            {
                t.Field("id").Type("Int!");
                t.ConnectionField<Project, Participation, Partner, int>(builder, "members", p => p.Id, _ => Empty<Participation>(), l => l.ProjectId, l => l.Partner).UsePaging();
                t.ConnectionField<Project, Participation, int>(builder, "links", p => p.Id, _ => Empty<Participation>(), l => l.ProjectId).UsePaging(o => o.ConnectionName = "ProjectLinks");
            });
        });

        Assert.Equal("MembersConnection", FieldType(schema, "Region", "members"));
        Assert.Equal("CitiesConnection", FieldType(schema, "Region", "cities"));
        Assert.Equal("CitiesConnection", FieldType(schema, "Query", "cities"));
        Assert.Equal("ProjectMembersConnection", FieldType(schema, "Project", "members"));
        Assert.Equal("ProjectMembersEdge", schema.GetType<ObjectType>("ProjectMembersConnection")!.Fields["edges"]!.Type.NamedType().Name);
        Assert.Equal("Partner", schema.GetType<ObjectType>("ProjectMembersEdge")!.Fields["node"]!.Type.NamedType().Name);
        Assert.Equal("ProjectLinksConnection", FieldType(schema, "Project", "links"));
    }

    [Fact]
    public void A_connection_name_taken_by_another_node_type_is_a_schema_error()
    {
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => Build(builder =>
            builder.AddObjectType("Project", t =>
            {
                t.Field("id").Type("Int!");
                t.ConnectionField<Project, Participation, int>(builder, "links", p => p.Id, _ => Empty<Participation>(), l => l.ProjectId).UsePaging(o => o.ConnectionName = "Cities");
            })));

        Assert.Equal("The connection type CitiesConnection pages another node type than Participation; set PagingOptions.ConnectionName for Project.links.", error.Message);
    }

    private static Schema Build(Action<SchemaBuilder> types)
    {
        SchemaBuilder builder = new();
        DataSchema.For(builder).EnumType<CityKind>().EnumType<ParticipationRole>();
        foreach (string name in new[] { "City", "Partner", "Participation" })
        {
            builder.AddObjectType(name, t => t.Field("id").Type("Int!"));
        }

        builder.AddQueryType("Query", t => t.QueryableField(builder, "cities", _ => Empty<City>().Query).UsePaging());
        types(builder);
        return builder.Build();
    }

    private static string FieldType(Schema schema, string type, string field) => schema.GetType<ObjectType>(type)!.Fields[field]!.Type.NamedType().Name;

    private static RentedQuery<T> Empty<T>() => new(Array.Empty<T>().AsQueryable(), null);
}
