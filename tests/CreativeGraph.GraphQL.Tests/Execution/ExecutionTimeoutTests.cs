using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;
using Microsoft.Extensions.Time.Testing;
using static CreativeGraph.GraphQL.Tests.Execution.Support.TestSchema;
using S = CreativeGraph.GraphQL.TypeSystem.BuiltInScalars;

namespace CreativeGraph.GraphQL.Tests.Execution;

/// <summary>
/// The execution timeout (HC0045) holds when resolvers block their thread step by step as SQLite's statements do,
/// wait on a loader that was given no token, or keep state to release. The timeout runs on a fake clock
/// (<see cref="RequestExecutorOptions.TimeProvider"/>) that only the test moves, so nothing here depends on how
/// fast the machine is: each test shows what the executor does once the timeout has passed.
/// </summary>
public sealed class ExecutionTimeoutTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMilliseconds(300);

    // A generous guard against a hang; the tests never wait on it when the behaviour is right.
    private static readonly TimeSpan s_hang = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task Ends_a_request_whose_resolvers_block_their_thread_and_starts_no_field_after_the_timeout()
    {
        // 200 fields that never yield, each taking 20 ms of the clock: 4 s if nothing stops them, all inside the
        // executor's first step. The timeout passes during the 15th field, which sees its token cancelled.
        int started = 0;
        bool lastSawCancellation = false;
        ObjectType query = Object("Query", Field("blocking", S.Int, c =>
        {
            started++;
            _clock.Advance(TimeSpan.FromMilliseconds(20));
            lastSawCancellation = c.RequestAborted.IsCancellationRequested;
            return 1;
        }));
        RequestExecutor executor = Executor(Create(query), Options());
        string document = "{ " + string.Concat(Enumerable.Range(0, 200).Select(i => $"f{i}: blocking ")) + "}";

        ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest { Query = document });

        Assert.Equal(
            """{"errors":[{"message":"The request exceeded the configured timeout of `00:00:00.3000000`.","extensions":{"code":"HC0045"}}]}""",
            ResultWriter.ToJson(result));
        Assert.Equal(15, started);
        Assert.True(lastSawCancellation);
    }

    [Fact]
    public async Task Cancels_a_loader_batch_when_the_resolver_passed_no_token()
    {
        HangingLoader loader = new();
        ObjectType query = Object("Query", Field(
            "item",
            S.Int,
            (FieldResolver)(async c => await c.DataLoader<HangingLoader>().LoadAsync(1))));
        RequestExecutor executor = Executor(Create(query), Options(o => o.DataLoaderFactory = (_, _) => loader));

        Task<ExecutionResult> running = executor.ExecuteAsync(new GraphQLRequest { Query = "{ item }" });
        await WhenReachedAsync(loader.Started.Task, running);
        _clock.Advance(s_timeout);
        ExecutionResult result = await running.WaitAsync(s_hang);

        Assert.Equal("HC0045", Assert.Single(result.Errors).Code);
        Assert.True(await loader.Cancelled.Task.WaitAsync(s_hang));
    }

    [Fact]
    public async Task Lets_the_resolvers_of_a_timed_out_request_finish_in_the_background()
    {
        // A resolver that holds a resource (as a rented DbContext) releases it once it sees the cancelled token.
        TaskCompletionSource holding = new(TaskCreationOptions.RunContinuationsAsynchronously);
        TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        ObjectType query = Object("Query", Field("holding", S.Int, (FieldResolver)(async c =>
        {
            try
            {
                holding.TrySetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, c.RequestAborted);
                return 1;
            }
            finally
            {
                released.TrySetResult();
            }
        })));
        RequestExecutor executor = Executor(Create(query), Options());

        Task<ExecutionResult> running = executor.ExecuteAsync(new GraphQLRequest { Query = "{ holding }" });
        await WhenReachedAsync(holding.Task, running);
        _clock.Advance(s_timeout);
        ExecutionResult result = await running.WaitAsync(s_hang);

        Assert.Equal("HC0045", Assert.Single(result.Errors).Code);
        await released.Task.WaitAsync(s_hang);
    }

    [Fact]
    public async Task Answers_other_requests_while_one_waits_for_its_timeout()
    {
        TaskCompletionSource waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);
        ObjectType query = Object(
            "Query",
            Field("quick", S.Int, _ => 1),
            Field("slow", S.Int, (FieldResolver)(async c =>
            {
                waiting.TrySetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, c.RequestAborted);
                return 1;
            })));
        RequestExecutor executor = Executor(Create(query), Options());

        Task<ExecutionResult> slow = executor.ExecuteAsync(new GraphQLRequest { Query = "{ slow }" });
        await WhenReachedAsync(waiting.Task, slow);
        string quick = await executor.RunAsync("{ quick }");

        Assert.Equal("""{"data":{"quick":1}}""", quick);
        Assert.False(slow.IsCompleted);
        _clock.Advance(s_timeout - TimeSpan.FromMilliseconds(1));
        Assert.False(slow.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal("HC0045", Assert.Single((await slow.WaitAsync(s_hang)).Errors).Code);
    }

    // Waits until the request has reached the point the test needs; a request that ended first fails with its answer.
    private static async Task WhenReachedAsync(Task reached, Task<ExecutionResult> running)
    {
        await Task.WhenAny(reached, running).WaitAsync(s_hang);
        if (running.IsCompleted)
        {
            Assert.Fail("The request ended before the test's step: " + ResultWriter.ToJson(await running));
        }
    }

    private RequestExecutorOptions Options(Action<RequestExecutorOptions>? configure = null)
    {
        RequestExecutorOptions options = new() { ExecutionTimeout = s_timeout, TimeProvider = _clock };
        configure?.Invoke(options);
        return options;
    }

    private sealed class HangingLoader : BatchDataLoader<int, int>
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<bool> Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected internal override async Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            using CancellationTokenRegistration registration = cancellationToken.Register(() => Cancelled.TrySetResult(true));
            Started.TrySetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return new Dictionary<int, int>();
        }
    }
}
