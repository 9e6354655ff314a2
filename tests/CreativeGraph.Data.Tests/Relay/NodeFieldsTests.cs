using System.Text.Json;
using CreativeGraph.Data.Relay;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Tests.Relay;

public sealed class NodeFieldsTests(RelayFixture db) : IClassFixture<RelayFixture>
{
    [Fact]
    public void Node_types_implement_the_Node_interface_and_filter_ids_by_global_id()
    {
        string sdl = SchemaPrinter.Print(db.Executor.Schema);
        Assert.Contains("interface Node {", sdl, StringComparison.Ordinal);
        Assert.Contains("type City implements Node {", sdl, StringComparison.Ordinal);
        Assert.Contains("type Region implements Node {", sdl, StringComparison.Ordinal);
        Assert.Contains("id: ID!\n  ): Node\n", sdl, StringComparison.Ordinal);
        Assert.Contains("ids: [ID!]!\n  ): [Node]!\n", sdl, StringComparison.Ordinal);
        Assert.Contains("id: IdOperationFilterInput", sdl, StringComparison.Ordinal);
        Assert.Contains("input IdOperationFilterInput {", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Node_fetches_an_object_by_the_id_it_reports()
    {
        string id = GlobalId.Encode("City", db.IdOf("Odense"));
        JsonElement result = await db.ExecuteAsync($$"""{ node(id: "{{id}}") { __typename id ... on City { name population } } }""");

        Assert.False(result.TryGetProperty("errors", out _));
        JsonElement node = result.GetProperty("data").GetProperty("node");
        Assert.Equal("City", node.GetProperty("__typename").GetString());
        Assert.Equal(id, node.GetProperty("id").GetString());
        Assert.Equal("Odense", node.GetProperty("name").GetString());
        Assert.Equal(180_000, node.GetProperty("population").GetInt32());
    }

    [Fact]
    public async Task Node_is_null_without_error_for_a_well_formed_id_no_object_has()
    {
        JsonElement result = await db.ExecuteAsync($$"""{ node(id: "{{GlobalId.Encode("City", 999_999)}}") { id } }""");

        Assert.False(result.TryGetProperty("errors", out _));
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("node").ValueKind);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("VW5rbm93bjox")] // "Unknown:1": not a node type
    public async Task Node_reports_an_id_that_is_not_a_global_id_of_this_graph(string id)
    {
        JsonElement result = await db.ExecuteAsync($$"""{ node(id: "{{id}}") { id } }""");

        JsonElement error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("NODE_ID_INVALID", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(id, error.GetProperty("extensions").GetProperty("originalValue").GetString());
        Assert.Equal("node", error.GetProperty("path")[0].GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task Nodes_keeps_the_order_given_and_loads_each_type_with_one_statement()
    {
        string aarhus = GlobalId.Encode("City", db.IdOf("Aarhus"));
        string vejle = GlobalId.Encode("City", db.IdOf("Vejle"));
        string region = GlobalId.Encode("Region", 1);
        JsonElement result = await db.ExecuteAsync(
            $$"""{ nodes(ids: ["{{vejle}}", "{{region}}", "{{aarhus}}"]) { __typename ... on City { name } ... on Region { name } } }""");

        Assert.False(result.TryGetProperty("errors", out _));
        string[] names = [.. result.GetProperty("data").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("__typename").GetString() + ":" + n.GetProperty("name").GetString())];
        Assert.Equal(["City:Vejle", "Region:North", "City:Aarhus"], names);
        db.Log.AssertCount(2);
    }

    [Fact]
    public async Task Nodes_gives_null_and_an_error_at_the_index_of_an_invalid_id()
    {
        string aarhus = GlobalId.Encode("City", db.IdOf("Aarhus"));
        JsonElement result = await db.ExecuteAsync($$"""{ nodes(ids: ["{{aarhus}}", "nope"]) { id } }""");

        JsonElement nodes = result.GetProperty("data").GetProperty("nodes");
        Assert.Equal(aarhus, nodes[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
        JsonElement error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("NODE_ID_INVALID", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("""["nodes",1]""", error.GetProperty("path").GetRawText());
    }

    // Over the limit the field fetches nothing and reports HC0076; the other fields keep their data (issue 17).
    [Fact]
    public async Task Nodes_over_fifty_ids_is_an_empty_list_with_HC0076_and_the_other_fields_keep_their_data()
    {
        string ids = string.Join(", ", Enumerable.Range(1, 51).Select(i => $"\"{GlobalId.Encode("City", i)}\""));
        string odense = GlobalId.Encode("City", db.IdOf("Odense"));
        JsonElement result = await db.ExecuteAsync($$"""{ nodes(ids: [{{ids}}]) { id } node(id: "{{odense}}") { id } }""");

        JsonElement error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("HC0076", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(51, error.GetProperty("extensions").GetProperty("requestedNodes").GetInt32());
        Assert.Equal(50, error.GetProperty("extensions").GetProperty("maxAllowedNodes").GetInt32());
        Assert.Equal("""["nodes"]""", error.GetProperty("path").GetRawText());
        Assert.Equal("""{"nodes":[],"node":{"id":"{{odense}}"}}""".Replace("{{odense}}", odense, StringComparison.Ordinal), result.GetProperty("data").GetRawText());
        db.Log.AssertCount(1);
    }

    [Fact]
    public async Task Nodes_takes_fifty_ids()
    {
        string ids = string.Join(", ", Enumerable.Range(1, 50).Select(i => $"\"{GlobalId.Encode("City", i)}\""));
        JsonElement result = await db.ExecuteAsync($$"""{ nodes(ids: [{{ids}}]) { id } }""");

        Assert.False(result.TryGetProperty("errors", out _));
        Assert.Equal(50, result.GetProperty("data").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Filters_compare_keys_by_global_id()
    {
        string odense = GlobalId.Encode("City", db.IdOf("Odense"));
        string vejle = GlobalId.Encode("City", db.IdOf("Vejle"));
        JsonElement eq = await db.ExecuteAsync($$"""{ cities(where: { id: { eq: "{{odense}}" } }) { name } }""");
        JsonElement nin = await db.ExecuteAsync($$"""{ cities(where: { id: { nin: ["{{odense}}", "{{vejle}}"] } }, order: [{ name: ASC }]) { name } }""");

        Assert.Equal("""[{"name":"Odense"}]""", eq.GetProperty("data").GetProperty("cities").GetRawText());
        Assert.Equal("""[{"name":"Aarhus"}]""", nin.GetProperty("data").GetProperty("cities").GetRawText());
        Assert.DoesNotContain(odense, Assert.Single(db.Log.Commands), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filter_id_of_another_type_is_an_error_not_an_empty_result()
    {
        string region = GlobalId.Encode("Region", 1);
        JsonElement result = await db.ExecuteAsync($$"""{ cities(where: { id: { in: ["{{region}}"] } }) { name } }""");

        JsonElement error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("NODE_ID_INVALID", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("City", error.GetProperty("extensions").GetProperty("expectedType").GetString());
        Assert.Equal("""["cities"]""", error.GetProperty("path").GetRawText());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").ValueKind); // cities: [City!]! propagates the null
    }
}
