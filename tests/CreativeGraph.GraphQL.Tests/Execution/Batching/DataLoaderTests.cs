using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.TypeSystem;
using static CreativeGraph.GraphQL.Tests.Execution.Support.TestSchema;
using S = CreativeGraph.GraphQL.TypeSystem.BuiltInScalars;

namespace CreativeGraph.GraphQL.Tests.Execution.Batching;

public sealed class DataLoaderTests
{
    private sealed record Parent(int Id);

    private sealed record Child(int Id, int ParentId);

    /// <summary>Counts its batch calls and the keys of each; completes asynchronously like a database would.</summary>
    private sealed class ChildrenByParent(List<int[]> calls) : GroupedDataLoader<int, Child>
    {
        protected internal override async Task<ILookup<int, Child>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            calls.Add([.. keys]);
            await Task.Yield();
            return keys.SelectMany(k => new[] { new Child(1000 + (k * 10), k), new Child(1001 + (k * 10), k) }).ToLookup(c => c.ParentId);
        }
    }

    private sealed class ParentById(List<int[]> calls) : BatchDataLoader<int, Parent>
    {
        protected internal override Task<IReadOnlyDictionary<int, Parent>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            calls.Add([.. keys]);
            return Task.FromResult<IReadOnlyDictionary<int, Parent>>(keys.Where(k => k >= 0).ToDictionary(k => k, k => new Parent(k)));
        }
    }

    private sealed class NameCache(List<int[]> calls) : CacheDataLoader<int, string>
    {
        protected internal override Task<string> LoadSingleAsync(int key, CancellationToken cancellationToken)
        {
            calls.Add([key]);
            return Task.FromResult("name " + key);
        }
    }

    private static RequestExecutor Create(List<int[]> childCalls, List<int[]> parentCalls, List<int[]> nameCalls)
    {
        ObjectType child = Object(
            "Child",
            Field("id", S.Int),
            Field("parent", Object("ParentRef", Field("id", S.Int)), (FieldResolver)(async c =>
                await c.DataLoader<ParentById>().LoadAsync(c.GetParent<Child>().ParentId, c.RequestAborted))),
            Field("grandChildren", ListOf(Object("GrandChild", Field("id", S.Int))), (FieldResolver)(async c =>
                await c.DataLoader<ChildrenByParent>().LoadAsync(c.GetParent<Child>().Id, c.RequestAborted))));
        ObjectType parent = Object(
            "Parent",
            Field("id", S.Int),
            Field("name", S.String, (FieldResolver)(async c => await c.DataLoader<NameCache>().LoadAsync(c.GetParent<Parent>().Id % 3, c.RequestAborted))),
            Field("children", ListOf(child), (FieldResolver)(async c =>
                await c.DataLoader<ChildrenByParent>().LoadAsync(c.GetParent<Parent>().Id, c.RequestAborted))));
        ObjectType query = Object(
            "Query",
            Field("parents", ListOf(parent), _ => Enumerable.Range(1, 100).Select(i => new Parent(i)).ToArray()),
            Field("otherParents", ListOf(parent), (FieldResolver)(async _ =>
            {
                await Task.Delay(1);
                return Enumerable.Range(101, 5).Select(i => new Parent(i)).ToArray();
            })),
            Field("parent", parent, (FieldResolver)(async c => await c.DataLoader<ParentById>().LoadAsync(c.ArgumentValue<int>("id"))), Argument("id", S.Int)));

        RequestExecutorOptions options = new()
        {
            DataLoaderFactory = (type, _) => type == typeof(ChildrenByParent) ? new ChildrenByParent(childCalls)
                : type == typeof(ParentById) ? new ParentById(parentCalls)
                : new NameCache(nameCalls),
        };
        return Executor(Support.TestSchema.Create(query), options);
    }

    [Fact]
    public async Task Hundred_parents_asking_one_loader_cause_exactly_one_batch()
    {
        List<int[]> calls = [];

        string json = await Create(calls, [], []).RunAsync("{ parents { children { id } } }");

        int[] batch = Assert.Single(calls);
        Assert.Equal(Enumerable.Range(1, 100), batch);
        Assert.StartsWith("""{"data":{"parents":[{"children":[{"id":1010},{"id":1011}]},{"children":[{"id":1020},{"id":1021}]},""", json);
        Assert.Equal(200, json.Split("\"id\"").Length - 1);
    }

    [Fact]
    public async Task A_two_level_query_causes_exactly_two_batches()
    {
        List<int[]> calls = [];

        string json = await Create(calls, [], []).RunAsync("{ parents { children { grandChildren { id } } } }");

        Assert.Equal(2, calls.Count);
        Assert.Equal(100, calls[0].Length);
        Assert.Equal(200, calls[1].Length);
        Assert.Contains("""{"grandChildren":[{"id":11100},{"id":11101}]}""", json);
    }

    [Fact]
    public async Task Cousin_fields_share_a_batch_and_keys_are_loaded_once()
    {
        List<int[]> childCalls = [];
        List<int[]> parentCalls = [];
        List<int[]> nameCalls = [];

        string json = await Create(childCalls, parentCalls, nameCalls).RunAsync("""
            {
              a: parents { children { parent { id } } }
              b: parents { children { parent { id } } }
              parent(id: 7) { id }
            }
            """);

        // parent(id: 7) runs in the first wave; the children of both aliases in the second (one batch);
        // their parents in the third, where key 7 is already cached.
        Assert.Single(childCalls);
        Assert.Equal(2, parentCalls.Count);
        Assert.Equal([7], parentCalls[0]);
        Assert.Equal(Enumerable.Range(1, 100).Where(i => i != 7), parentCalls[1]);
        Assert.Contains("\"parent\":{\"id\":7}", json);
    }

    [Fact]
    public async Task Cache_loader_loads_each_key_once_per_request()
    {
        List<int[]> nameCalls = [];
        RequestExecutor executor = Create([], [], nameCalls);

        await executor.RunAsync("{ parents { name } }");
        Assert.Equal(3, nameCalls.Count);

        await executor.RunAsync("{ parents { name } }");
        Assert.Equal(6, nameCalls.Count);
    }

    [Fact]
    public async Task Missing_keys_load_as_null_and_loader_errors_become_field_errors()
    {
        string json = await Create([], [], []).RunAsync("{ parent(id: -1) { id } }");

        Assert.Equal("""{"data":{"parent":null}}""", json);
    }

    [Fact]
    public async Task Keyed_loaders_are_one_instance_per_key_and_batch_their_own_keys()
    {
        // One loader per selection (the key is the field's argument): two aliases batch separately, each once.
        List<(int Offset, int[] Keys)> calls = [];
        List<int> created = [];
        ObjectType item = Object("Item", Field("id", S.Int), Field("shifted", S.Int, (FieldResolver)(async c =>
        {
            int offset = c.ArgumentValue<int>("by");
            OffsetLoader loader = c.DataLoader(("shifted", offset), _ =>
            {
                created.Add(offset);
                return new OffsetLoader(offset, calls);
            });
            return await loader.LoadAsync((int)c.Parent!, c.RequestAborted);
        }), Argument("by", S.Int)));
        ObjectType query = Object("Query", Field("items", ListOf(item), _ => new object[] { 1, 2, 3 }));

        string json = await Executor(Support.TestSchema.Create(query)).RunAsync("{ items { a: shifted(by: 10) b: shifted(by: 100) c: shifted(by: 10) } }");

        Assert.Equal(
            """{"data":{"items":[{"a":11,"b":101,"c":11},{"a":12,"b":102,"c":12},{"a":13,"b":103,"c":13}]}}""",
            json);
        Assert.Equal([10, 100], created);
        Assert.Equal(["100:1,2,3", "10:1,2,3"], calls.Select(c => $"{c.Offset}:{string.Join(',', c.Keys)}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_keyed_loader_made_from_state_is_the_one_the_closure_form_finds_for_the_same_key()
    {
        // The state form passes what the factory needs instead of capturing it; both forms look up one registry.
        List<(int Offset, int[] Keys)> calls = [];
        List<string> created = [];
        FieldResolver withState = async c =>
        {
            OffsetLoader loader = c.DataLoader(("shifted", 10), (Calls: calls, Created: created), static (_, s) =>
            {
                s.Created.Add("state");
                return new OffsetLoader(10, s.Calls);
            });
            return await loader.LoadAsync((int)c.Parent!, c.RequestAborted);
        };
        FieldResolver withClosure = async c =>
        {
            OffsetLoader loader = c.DataLoader(("shifted", 10), _ =>
            {
                created.Add("closure");
                return new OffsetLoader(10, calls);
            });
            return await loader.LoadAsync((int)c.Parent!, c.RequestAborted);
        };
        ObjectType item = Object("Item", Field("id", S.Int), Field("byState", S.Int, withState), Field("byClosure", S.Int, withClosure));
        ObjectType query = Object("Query", Field("items", ListOf(item), _ => new object[] { 1, 2 }));

        string json = await Executor(Support.TestSchema.Create(query)).RunAsync("{ items { byState byClosure } }");

        Assert.Equal("""{"data":{"items":[{"byState":11,"byClosure":11},{"byState":12,"byClosure":12}]}}""", json);
        Assert.Equal(["state"], created);
        Assert.Equal(["10:1,2"], calls.Select(c => $"{c.Offset}:{string.Join(',', c.Keys)}"));
    }

    private sealed class OffsetLoader(int offset, List<(int Offset, int[] Keys)> calls) : BatchDataLoader<int, int>
    {
        protected internal override Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            calls.Add((offset, [.. keys]));
            return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => k + offset));
        }
    }

    [Fact]
    public async Task Loaders_batch_outside_the_executor_too()
    {
        List<int[]> calls = [];
        ParentById loader = new(calls);

        Task<Parent?> one = loader.LoadAsync(1);
        Task<Parent?> two = loader.LoadAsync(2);
        Task<Parent?> oneAgain = loader.LoadAsync(1);

        Parent?[] loaded = await Task.WhenAll(one, two, oneAgain);
        Assert.Equal([1, 2, 1], loaded.Select(p => p!.Id));
        Assert.Equal([1, 2], Assert.Single(calls));
    }
}
