using System.Diagnostics;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;
using static CreativeGraph.GraphQL.Tests.Execution.Support.TestSchema;
using S = CreativeGraph.GraphQL.TypeSystem.BuiltInScalars;

namespace CreativeGraph.GraphQL.Tests.Execution;

/// <summary>
/// The execution timeout (HC0045) holds when resolvers block their thread step by step as SQLite's statements do,
/// wait on a loader that was given no token, or keep state to release.
/// </summary>
public sealed class ExecutionTimeoutTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task Ends_a_request_whose_resolvers_block_their_thread_within_the_timeout()
    {
        // 200 fields of 20 ms each that never yield: 4 s if nothing stops them, all inside the executor's first step.
        int started = 0;
        ObjectType query = Object("Query", Field("blocking", S.Int, _ =>
        {
            Interlocked.Increment(ref started);
            Thread.Sleep(20);
            return 1;
        }));
        RequestExecutor executor = Executor(Create(query), new RequestExecutorOptions { ExecutionTimeout = s_timeout });
        string document = "{ " + string.Concat(Enumerable.Range(0, 200).Select(i => $"f{i}: blocking ")) + "}";

        Stopwatch clock = Stopwatch.StartNew();
        ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest { Query = document });
        clock.Stop();

        Assert.Equal(
            """{"errors":[{"message":"The request exceeded the configured timeout of `00:00:00.3000000`.","extensions":{"code":"HC0045"}}]}""",
            ResultWriter.ToJson(result));
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, s_timeout + TimeSpan.FromSeconds(1));
        Assert.InRange(Volatile.Read(ref started), 1, 100);
    }

    [Fact]
    public async Task Cancels_a_loader_batch_when_the_resolver_passed_no_token()
    {
        HangingLoader loader = new();
        ObjectType query = Object("Query", Field(
            "item",
            S.Int,
            (FieldResolver)(async c => await c.DataLoader<HangingLoader>().LoadAsync(1))));
        RequestExecutor executor = Executor(Create(query), new RequestExecutorOptions
        {
            ExecutionTimeout = s_timeout,
            DataLoaderFactory = (_, _) => loader,
        });

        Stopwatch clock = Stopwatch.StartNew();
        ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ item }" });
        clock.Stop();

        Assert.Equal("HC0045", Assert.Single(result.Errors).Code);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, s_timeout + TimeSpan.FromSeconds(1));
        Assert.True(await loader.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Lets_the_resolvers_of_a_timed_out_request_finish_in_the_background()
    {
        // A resolver that holds a resource (as a rented DbContext) releases it once it sees the cancelled token.
        TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        ObjectType query = Object("Query", Field("holding", S.Int, (FieldResolver)(async c =>
        {
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, c.RequestAborted);
                return 1;
            }
            finally
            {
                released.TrySetResult();
            }
        })));
        RequestExecutor executor = Executor(Create(query), new RequestExecutorOptions { ExecutionTimeout = s_timeout });

        ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ holding }" });

        Assert.Equal("HC0045", Assert.Single(result.Errors).Code);
        await released.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Answers_other_requests_while_one_times_out()
    {
        ObjectType query = Object(
            "Query",
            Field("quick", S.Int, _ => 1),
            Field("slow", S.Int, (FieldResolver)(async c =>
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, c.RequestAborted);
                return 1;
            })));
        RequestExecutor executor = Executor(Create(query), new RequestExecutorOptions { ExecutionTimeout = TimeSpan.FromSeconds(2) });

        Task<ExecutionResult> slow = executor.ExecuteAsync(new GraphQLRequest { Query = "{ slow }" });
        string quick = await executor.RunAsync("{ quick }");

        Assert.False(slow.IsCompleted);
        Assert.Equal("""{"data":{"quick":1}}""", quick);
        Assert.Equal("HC0045", Assert.Single((await slow).Errors).Code);
    }

    private sealed class HangingLoader : BatchDataLoader<int, int>
    {
        public TaskCompletionSource<bool> Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected internal override async Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            using CancellationTokenRegistration registration = cancellationToken.Register(() => Cancelled.TrySetResult(true));
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return new Dictionary<int, int>();
        }
    }
}
