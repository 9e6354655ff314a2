using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.Execution.Incremental;

/// <summary>
/// <c>@defer</c> delivered incrementally, in graphql-js 17's payload format (incremental delivery RFC): the expected
/// payload sequences are derived by hand from the RFC and graphql-js 17's IncrementalPublisher.
/// </summary>
public sealed class DeferTests
{
    private sealed record Hero(int Id, string Name, Hero? Friend);

    private static readonly RequestExecutor s_executor = new(new SchemaBuilder()
        .AddIncrementalDelivery()
        .AddObjectType("Hero", t =>
        {
            t.RuntimeType<Hero>();
            t.Field("id").Type("Int!");
            t.Field("name").Type("String!");
            t.Field("friend").Type("Hero");
            t.Field("slow").Type("String").Resolve(async c =>
            {
                await Task.Yield();
                return "slow " + c.GetParent<Hero>().Name;
            });
            t.Field("broken").Type("String!").Resolve(_ => throw new GraphQLException("Broken.", "BROKEN"));
        })
        .AddQueryType("Query", t => t.Field("hero").Type("Hero").Resolve(_ => new Hero(1, "Luke", new Hero(2, "Han", null))))
        .Build());

    private static Task<List<string>> RunAsync(string query, bool incremental = true) =>
        IncrementalPayloads.RunAsync(s_executor, new GraphQLRequest { Query = query, EnableIncrementalDelivery = incremental });

    [Fact]
    public async Task A_deferred_inline_fragment_comes_in_a_later_payload_with_its_id_and_label()
    {
        List<string> payloads = await RunAsync("{ hero { id ... @defer(label: \"later\") { name slow } } }");

        Assert.Equal(
            [
                """{"data":{"hero":{"id":1}},"pending":[{"id":"0","path":["hero"],"label":"later"}],"hasNext":true}""",
                """{"incremental":[{"id":"0","data":{"name":"Luke","slow":"slow Luke"}}],"completed":[{"id":"0"}],"hasNext":false}""",
            ],
            payloads);
    }

    [Fact]
    public async Task A_deferred_fragment_inside_a_deferred_fragment_is_announced_with_the_outer_ones_data()
    {
        List<string> payloads = await RunAsync("{ hero { id ... @defer { friend { id ...F @defer } } } } fragment F on Hero { name }");

        Assert.Equal(
            [
                """{"data":{"hero":{"id":1}},"pending":[{"id":"0","path":["hero"]}],"hasNext":true}""",
                """{"pending":[{"id":"1","path":["hero","friend"]}],"incremental":[{"id":"0","data":{"friend":{"id":2}}}],"completed":[{"id":"0"}],"hasNext":true}""",
                """{"incremental":[{"id":"1","data":{"name":"Han"}}],"completed":[{"id":"1"}],"hasNext":false}""",
            ],
            payloads);
    }

    [Fact]
    public async Task Fields_already_delivered_are_not_sent_again()
    {
        List<string> payloads = await RunAsync("{ hero { id name ... @defer { name slow } } }");

        Assert.Equal("""{"incremental":[{"id":"0","data":{"slow":"slow Luke"}}],"completed":[{"id":"0"}],"hasNext":false}""", payloads[1]);
    }

    [Fact]
    public async Task A_fragment_whose_non_null_field_fails_completes_with_the_error_and_no_data()
    {
        List<string> payloads = await RunAsync("{ hero { id ... @defer { name broken } } }");

        Assert.Equal(
            """{"completed":[{"id":"0","errors":[{"message":"Broken.","locations":[{"line":1,"column":31}],"path":["hero","broken"],"extensions":{"code":"BROKEN"}}]}],"hasNext":false}""",
            payloads[1]);
    }

    [Theory]
    [InlineData("{ hero { id ... @defer(if: false) { name } } }", true)]
    [InlineData("{ hero { id ... @defer { name } } }", false)]
    public async Task Without_deferral_everything_comes_in_one_result(string query, bool incremental)
    {
        List<string> payloads = await RunAsync(query, incremental);

        Assert.Equal(["""{"data":{"hero":{"id":1,"name":"Luke"}}}"""], payloads);
    }

    [Fact]
    public async Task A_fragment_under_a_null_object_is_never_announced()
    {
        List<string> payloads = await RunAsync("{ hero { friend { friend { ... @defer { name } } } } }");

        Assert.Equal(["""{"data":{"hero":{"friend":{"friend":null}}}}"""], payloads);
    }
}
