using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;
using Microsoft.Extensions.Time.Testing;
using static CreativeGraph.GraphQL.Tests.Execution.Support.TestSchema;
using S = CreativeGraph.GraphQL.TypeSystem.BuiltInScalars;

namespace CreativeGraph.GraphQL.Tests.Execution;

/// <summary>
/// Request-wide state (<see cref="IResolverContext.GetOrSetGlobalState"/>) and the cleanups resolvers register
/// (<see cref="IResolverContext.RegisterForCleanup"/>): what a resource shared by a request's resolvers, such as a
/// database connection, relies on. A cleanup runs once, after the last resolver and loader, before the result; for
/// a timed-out request, once the work it left behind has finished.
/// </summary>
public sealed class RequestCleanupTests
{
    private static readonly TimeSpan s_hang = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Cleanups_run_once_in_order_after_the_last_loader_and_before_the_result()
    {
        List<string> events = [];
        Recorder loader = new(events);
        ObjectType item = Object("Item", Field("name", S.String, (FieldResolver)(async c =>
        {
            string? name = await c.DataLoader<Recorder>().LoadAsync((int)c.Parent!);
            events.Add("resolved " + name);
            return name;
        })));
        ObjectType query = Object("Query", Field("items", ListOf(item), c =>
        {
            c.RegisterForCleanup(() => Record(events, "first cleanup"));
            c.RegisterForCleanup(() => Record(events, "second cleanup"));
            return new object[] { 1, 2 };
        }));
        RequestExecutor executor = Executor(Create(query), new RequestExecutorOptions { DataLoaderFactory = (_, _) => loader });

        ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ items { name } }" });
        events.Add("result");

        Assert.Equal("""{"data":{"items":[{"name":"item 1"},{"name":"item 2"}]}}""", ResultWriter.ToJson(result));
        Assert.Equal(["batch 1,2", "resolved item 1", "resolved item 2", "first cleanup", "second cleanup", "result"], events);
    }

    [Fact]
    public async Task Global_state_is_made_once_per_request_and_seen_by_every_resolver()
    {
        int made = 0;
        ObjectType query = Object(
            "Query",
            Field("now", S.Int, c => c.GetOrSetGlobalState("counter", _ => ++made)),
            Field("later", S.Int, (FieldResolver)(async c =>
            {
                await Task.Yield();
                return c.GetOrSetGlobalState("counter", _ => ++made);
            })));
        RequestExecutor executor = Executor(Create(query));

        string first = await executor.RunAsync("{ a: now b: later c: now }");
        string second = await executor.RunAsync("{ a: later b: now }");

        Assert.Equal("""{"data":{"a":1,"b":1,"c":1}}""", first);
        Assert.Equal("""{"data":{"a":2,"b":2}}""", second);
        Assert.Equal(2, made);
    }

    [Fact]
    public async Task A_timed_out_request_runs_its_cleanups_once_its_resolvers_have_finished()
    {
        FakeTimeProvider clock = new();
        TimeSpan timeout = TimeSpan.FromMilliseconds(300);
        List<string> events = [];
        TaskCompletionSource holding = new(TaskCreationOptions.RunContinuationsAsynchronously);
        TaskCompletionSource cleaned = new(TaskCreationOptions.RunContinuationsAsynchronously);
        ObjectType query = Object("Query", Field("holding", S.Int, (FieldResolver)(async c =>
        {
            c.RegisterForCleanup(() =>
            {
                lock (events)
                {
                    events.Add("cleanup");
                }

                cleaned.TrySetResult();
                return default;
            });
            holding.TrySetResult();
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, c.RequestAborted);
                return 1;
            }
            finally
            {
                lock (events)
                {
                    events.Add("released");
                }
            }
        })));
        RequestExecutor executor = Executor(Create(query), new RequestExecutorOptions { ExecutionTimeout = timeout, TimeProvider = clock });

        Task<ExecutionResult> running = executor.ExecuteAsync(new GraphQLRequest { Query = "{ holding }" });
        await holding.Task.WaitAsync(s_hang);
        clock.Advance(timeout);
        ExecutionResult result = await running.WaitAsync(s_hang);
        await cleaned.Task.WaitAsync(s_hang);

        Assert.Equal("HC0045", Assert.Single(result.Errors).Code);
        lock (events)
        {
            Assert.Equal(["released", "cleanup"], events);
        }
    }

    [Fact]
    public async Task A_failing_cleanup_fails_the_request_after_the_others_ran()
    {
        List<string> events = [];
        ObjectType query = Object("Query", Field("value", S.Int, c =>
        {
            c.RegisterForCleanup(() => throw new InvalidOperationException("cannot close"));
            c.RegisterForCleanup(() => Record(events, "closed"));
            return 1;
        }));

        ExecutionResult result = await Executor(Create(query)).ExecuteAsync(new GraphQLRequest { Query = "{ value }" });

        Assert.Equal(ErrorCodes.UnexpectedExecutionError, Assert.Single(result.Errors).Code);
        Assert.Equal(["closed"], events);
    }

    private static ValueTask Record(List<string> events, string entry)
    {
        events.Add(entry);
        return default;
    }

    private sealed class Recorder(List<string> events) : BatchDataLoader<int, string>
    {
        protected internal override Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            events.Add("batch " + string.Join(",", keys));
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => "item " + k));
        }
    }
}
