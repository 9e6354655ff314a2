using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Tests.Execution.Incremental;

/// <summary>
/// <c>@stream</c> delivered incrementally, in graphql-js 17's payload format. The expected payloads are the ones
/// graphql-js 17.1's experimentalExecuteIncrementally gives for the same schema and synchronous resolvers, except
/// where a payload boundary is the server's choice (noted); the differential test in the API tests compares the two
/// engines on generated documents.
/// </summary>
public sealed class StreamTests
{
    private sealed record Item(int Id)
    {
        public string Name => "n" + Id;
    }

    /// <summary>Counts its batches: the items' names come from one loader, as a database query per batch would.</summary>
    private sealed class NameByItem(List<int[]> calls) : BatchDataLoader<int, string>
    {
        protected internal override async Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            lock (calls)
            {
                calls.Add([.. keys]);
            }

            await Task.Yield();
            return keys.ToDictionary(k => k, k => "loaded " + k);
        }
    }

    private static RequestExecutor Create(List<int[]>? loaderCalls = null) => new(
        new SchemaBuilder()
            .AddIncrementalDelivery()
            .AddObjectType("Item", t =>
            {
                t.RuntimeType<Item>();
                t.Field("id").Type("Int!");
                t.Field("name").Type("String");
                t.Field("friends").Type("[Item]").Resolve(c => new[] { 1, 2, 3 }.Select(i => new Item((c.GetParent<Item>().Id * 10) + i)).ToArray());
                t.Field("boom").Type("String").Resolve(_ => throw new GraphQLException("Boom.", "BOOM"));
                t.Field("even").Type("String!").Resolve(c => c.GetParent<Item>().Id % 2 == 0 ? null : "odd");
                t.Field("loaded").Type("String").Resolve(async c => await c.DataLoader<NameByItem>().LoadAsync(c.GetParent<Item>().Id, c.RequestAborted));
            })
            .AddQueryType("Query", t =>
            {
                t.Field("items").Type("[Item]").Resolve(_ => new[] { 1, 2, 3, 4 }.Select(i => new Item(i)).ToList());
                t.Field("nonNullItems").Type("[Item!]!").Resolve(_ => new[] { 1, 3, 4, 5 }.Select(i => new Item(i)).ToList());
                t.Field("hero").Type("Item").Resolve(_ => new Item(1));
            })
            .Build(),
        new RequestExecutorOptions { DataLoaderFactory = (_, _) => new NameByItem(loaderCalls ?? []) });

    private static Task<List<string>> RunAsync(string query, bool incremental = true, List<int[]>? loaderCalls = null) =>
        IncrementalPayloads.RunAsync(Create(loaderCalls), new GraphQLRequest { Query = query, EnableIncrementalDelivery = incremental });

    [Fact]
    public async Task The_first_initialCount_items_come_first_and_the_rest_in_one_items_entry()
    {
        List<string> payloads = await RunAsync("{ items @stream(initialCount: 1, label: \"L\") { id } }");

        Assert.Equal(
            [
                """{"data":{"items":[{"id":1}]},"pending":[{"id":"0","path":["items"],"label":"L"}],"hasNext":true}""",
                """{"incremental":[{"id":"0","items":[{"id":2},{"id":3},{"id":4}]}],"completed":[{"id":"0"}],"hasNext":false}""",
            ],
            payloads);
    }

    [Fact]
    public async Task A_list_of_exactly_initialCount_items_still_announces_a_stream_that_completes_empty()
    {
        List<string> payloads = await RunAsync("{ items @stream(initialCount: 4) { id } }");

        Assert.Equal(
            [
                """{"data":{"items":[{"id":1},{"id":2},{"id":3},{"id":4}]},"pending":[{"id":"0","path":["items"]}],"hasNext":true}""",
                """{"completed":[{"id":"0"}],"hasNext":false}""",
            ],
            payloads);
    }

    [Theory]
    [InlineData("{ items @stream(initialCount: 5) { id } }", true)]
    [InlineData("{ items @stream(if: false) { id } }", true)]
    [InlineData("query($s: Boolean!) { items @stream(if: $s) { id } }", true)]
    [InlineData("{ items @stream { id } }", false)]
    public async Task Without_streaming_the_list_comes_whole(string query, bool incremental)
    {
        List<string> payloads = await IncrementalPayloads.RunAsync(Create(), new GraphQLRequest
        {
            Query = query,
            EnableIncrementalDelivery = incremental,
            Variables = new Dictionary<string, object?> { ["s"] = false },
        });

        Assert.Equal(["""{"data":{"items":[{"id":1},{"id":2},{"id":3},{"id":4}]}}"""], payloads);
    }

    [Fact]
    public async Task A_negative_initialCount_is_a_field_error_at_the_list_as_in_graphql_js()
    {
        List<string> payloads = await RunAsync("{ items @stream(initialCount: -1) { id } }");

        Assert.Equal(
            ["""{"errors":[{"message":"initialCount must be a positive integer","locations":[{"line":1,"column":3}],"path":["items"],"extensions":{"code":"STREAM_INITIAL_COUNT_NEGATIVE"}}],"data":{"items":null}}"""],
            payloads);
    }

    [Fact]
    public async Task Errors_of_streamed_items_come_with_their_items()
    {
        List<string> payloads = await RunAsync("{ items @stream(initialCount: 3) { id boom } }");

        Assert.Equal(
            """{"incremental":[{"id":"0","items":[{"id":4,"boom":null}],"errors":[{"message":"Boom.","locations":[{"line":1,"column":39}],"path":["items",3,"boom"],"extensions":{"code":"BOOM"}}]}],"completed":[{"id":"0"}],"hasNext":false}""",
            payloads[1]);
    }

    [Fact]
    public async Task A_non_null_item_that_fails_ends_the_stream_after_the_items_before_it()
    {
        // graphql-js 17 sends item 3 and the completion in two payloads; one payload is as valid (the server batches).
        List<string> payloads = await RunAsync("{ nonNullItems @stream(initialCount: 1) { id even friends @stream { id } } }");

        Assert.Equal(
            [
                """{"data":{"nonNullItems":[{"id":1,"even":"odd","friends":[]}]},"pending":[{"id":"0","path":["nonNullItems",0,"friends"]},{"id":"1","path":["nonNullItems"]}],"hasNext":true}""",
                """{"pending":[{"id":"2","path":["nonNullItems",1,"friends"]}],"incremental":[{"id":"0","items":[{"id":11},{"id":12},{"id":13}]},{"id":"1","items":[{"id":3,"even":"odd","friends":[]}]}],"completed":[{"id":"0"},{"id":"1","errors":[{"message":"Cannot return null for non-nullable field Item.even.","locations":[{"line":1,"column":46}],"path":["nonNullItems",2,"even"],"extensions":{"code":"HC0018"}}]}],"hasNext":true}""",
                """{"incremental":[{"id":"2","items":[{"id":31},{"id":32},{"id":33}]}],"completed":[{"id":"2"}],"hasNext":false}""",
            ],
            payloads);
    }

    [Fact]
    public async Task A_stream_inside_a_deferred_fragment_is_announced_with_the_fragments_data()
    {
        List<string> payloads = await RunAsync("{ hero { ... @defer { friends @stream(initialCount: 1) { id } } } }");

        Assert.Equal(
            [
                """{"data":{"hero":{}},"pending":[{"id":"0","path":["hero"]}],"hasNext":true}""",
                """{"pending":[{"id":"1","path":["hero","friends"]}],"incremental":[{"id":"0","data":{"friends":[{"id":11}]}}],"completed":[{"id":"0"}],"hasNext":true}""",
                """{"incremental":[{"id":"1","items":[{"id":12},{"id":13}]}],"completed":[{"id":"1"}],"hasNext":false}""",
            ],
            payloads);
    }

    [Fact]
    public async Task Deferred_fragments_are_announced_before_streams_met_earlier_as_graphql_js_does()
    {
        List<string> payloads = await RunAsync("{ items @stream(initialCount: 1) { id } hero { ... @defer { name } } }");

        Assert.Equal(
            """{"data":{"items":[{"id":1}],"hero":{}},"pending":[{"id":"0","path":["hero"]},{"id":"1","path":["items"]}],"hasNext":true}""",
            payloads[0]);
    }

    [Fact]
    public async Task A_stream_under_a_nulled_item_is_never_announced()
    {
        // Items 2 and 4 fail their non-null field "even" and become null; only the friends of 1 and 3 stream.
        List<string> payloads = await RunAsync("{ items { id even friends @stream(initialCount: 2) { id } } }");

        Assert.Contains(""""pending":[{"id":"0","path":["items",0,"friends"]},{"id":"1","path":["items",2,"friends"]}]"""", payloads[0], StringComparison.Ordinal);
        Assert.Equal(
            """{"incremental":[{"id":"0","items":[{"id":13}]},{"id":"1","items":[{"id":33}]}],"completed":[{"id":"0"},{"id":"1"}],"hasNext":false}""",
            payloads[1]);
    }

    [Fact]
    public async Task The_streamed_items_nested_data_loader_fields_load_in_one_batch()
    {
        List<int[]> calls = [];
        List<string> payloads = await RunAsync("{ items @stream(initialCount: 1) { id loaded } }", loaderCalls: calls);

        Assert.Equal(
            """{"incremental":[{"id":"0","items":[{"id":2,"loaded":"loaded 2"},{"id":3,"loaded":"loaded 3"},{"id":4,"loaded":"loaded 4"}]}],"completed":[{"id":"0"}],"hasNext":false}""",
            payloads[1]);
        Assert.Equal([[1], [2, 3, 4]], calls);
    }
}
