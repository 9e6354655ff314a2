using System.Diagnostics;
using System.Diagnostics.Metrics;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Execution.Diagnostics;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Tests.Execution.Diagnostics;

/// <summary>Listeners are process-wide: the telemetry tests run alone, so no other test's requests are observed.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}

/// <summary>The engine's spans and measurements, as any OpenTelemetry SDK would receive them from the runtime's listeners.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests
{
    private const string TestSource = "CreativeGraph.GraphQL.Tests.Telemetry";

    private static readonly ActivitySource s_test = new(TestSource);

    [Fact]
    public async Task A_nested_request_is_a_span_tree_from_the_request_down_to_each_batch()
    {
        List<Activity> spans = [];
        using ActivityListener listener = Listen(spans);
        RequestExecutor executor = TelemetrySchema.Create();

        using Activity transport = s_test.StartActivity("transport")!;
        using (ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest { Query = TelemetrySchema.Family }))
        {
            Assert.Empty(result.Errors);
        }

        List<Activity> trace = [.. Snapshot(spans).Where(s => s.TraceId == transport.TraceId)];
        Activity request = Assert.Single(trace, s => s.Source.Name == GraphQLTelemetry.Name && s.Parent == transport);
        Assert.Equal(ActivityKind.Server, request.Kind);
        Assert.Equal("query", request.DisplayName);
        Assert.Equal("Family", request.GetTagItem(GraphQLTelemetry.OperationNameAttribute));
        Assert.Equal("query", request.GetTagItem(GraphQLTelemetry.OperationTypeAttribute));
        Assert.Equal(DocumentHashes.Sha256(TelemetrySchema.Family), request.GetTagItem(GraphQLTelemetry.DocumentHashAttribute));
        Assert.Equal(
            [GraphQLTelemetry.ParseSpan, GraphQLTelemetry.ValidateSpan, GraphQLTelemetry.ExecuteSpan],
            trace.Where(s => s.Parent == request).OrderBy(s => s.StartTimeUtc).Select(s => s.OperationName));

        Activity execute = Assert.Single(trace, s => s.OperationName == GraphQLTelemetry.ExecuteSpan);
        List<Activity> batches = [.. trace.Where(s => s.OperationName == GraphQLTelemetry.BatchSpan).OrderBy(s => s.StartTimeUtc)];
        Assert.All(batches, b => Assert.Same(execute, b.Parent));
        Assert.Equal(["ChildrenByParent", "ParentById"], batches.Select(b => (string?)b.GetTagItem(GraphQLTelemetry.LoaderNameAttribute)));
        Assert.Equal([20, 20], batches.Select(b => (int?)b.GetTagItem(GraphQLTelemetry.BatchSizeAttribute)));
        Assert.All(trace, s => Assert.True(s.IsStopped, s.OperationName + " was never stopped"));
    }

    [Fact]
    public async Task A_cached_document_is_neither_parsed_nor_validated_again_and_a_failure_marks_the_span()
    {
        List<Activity> spans = [];
        using ActivityListener listener = Listen(spans);
        RequestExecutor executor = TelemetrySchema.Create();
        (await executor.ExecuteAsync(new GraphQLRequest { Query = "{ parents { id } }" })).Dispose();

        using Activity transport = s_test.StartActivity("transport")!;
        (await executor.ExecuteAsync(new GraphQLRequest { Query = "{ parents { id } }" })).Dispose();
        (await executor.ExecuteAsync(new GraphQLRequest { Query = "{ parents { children { fail } } }" })).Dispose();
        (await executor.ExecuteAsync(new GraphQLRequest { Query = "{ parents {" })).Dispose();

        spans = Snapshot(spans);
        List<Activity> requests = [.. spans.Where(s => s.TraceId == transport.TraceId && s.Parent == transport).OrderBy(s => s.StartTimeUtc)];
        Assert.Equal(3, requests.Count);
        Assert.DoesNotContain(spans, s => s.Parent == requests[0] && s.OperationName != GraphQLTelemetry.ExecuteSpan);
        Assert.Null(requests[0].GetTagItem(GraphQLTelemetry.OperationNameAttribute));
        Assert.Equal(ActivityStatusCode.Unset, requests[0].Status);
        Assert.Equal(ActivityStatusCode.Error, requests[1].Status);
        Assert.Equal(ErrorCodes.UnexpectedExecutionError, requests[1].GetTagItem(GraphQLTelemetry.ErrorTypeAttribute));
        Assert.Equal(GraphQLTelemetry.UnknownOperationSpan, requests[2].DisplayName);
        Activity parse = Assert.Single(spans, s => s.Parent == requests[2]);
        Assert.Equal((GraphQLTelemetry.ParseSpan, ActivityStatusCode.Error), (parse.OperationName, parse.Status));
    }

    [Fact]
    public async Task Requests_are_measured_by_operation_errors_by_code_batches_by_size_and_cost()
    {
        List<(string Instrument, double Value, Dictionary<string, object?> Tags)> measurements = [];
        using MeterListener listener = new();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == GraphQLTelemetry.Name)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            lock (measurements)
            {
                measurements.Add((instrument.Name, value, new Dictionary<string, object?>(tags.ToArray())));
            }
        }

        listener.SetMeasurementEventCallback<double>((i, v, t, _) => Record(i, v, t));
        listener.SetMeasurementEventCallback<long>((i, v, t, _) => Record(i, v, t));
        listener.SetMeasurementEventCallback<int>((i, v, t, _) => Record(i, v, t));
        listener.Start();

        RequestExecutor executor = TelemetrySchema.Create(new RequestExecutorOptions { MaxCost = 10_000, TimeProvider = new SteppingClock() });
        (await executor.ExecuteAsync(new GraphQLRequest { Query = TelemetrySchema.Family })).Dispose();
        (await executor.ExecuteAsync(new GraphQLRequest { Query = "query Failing { parents { children { fail } } }" })).Dispose();

        List<(string Instrument, double Value, Dictionary<string, object?> Tags)> ours = [.. measurements];
        Assert.Equal(0, ours.Where(m => m.Instrument == "graphql.server.active_requests").Sum(m => m.Value));
        Assert.Equal(2, ours.Count(m => m.Instrument == "graphql.server.active_requests" && m.Value == 1));
        (string _, double duration, Dictionary<string, object?> durationTags) = Assert.Single(ours, m => m.Instrument == "graphql.server.request.duration" && Equals(m.Tags.GetValueOrDefault(GraphQLTelemetry.OperationNameAttribute), "Family"));
        Assert.Equal(1.0, duration);
        Assert.Equal("query", durationTags[GraphQLTelemetry.OperationTypeAttribute]);
        Assert.Equal(
            [("ChildrenByParent", 20), ("ParentById", 20), ("ChildrenByParent", 20)],
            ours.Where(m => m.Instrument == "graphql.server.dataloader.batch.size").Select(m => ((string)m.Tags[GraphQLTelemetry.LoaderNameAttribute]!, (int)m.Value)));
        Assert.Equal(40, ours.Count(m => m.Instrument == "graphql.server.errors"));
        Assert.All(ours.Where(m => m.Instrument == "graphql.server.errors"), m =>
        {
            Assert.Equal(ErrorCodes.UnexpectedExecutionError, m.Tags[GraphQLTelemetry.ErrorCodeAttribute]);
            Assert.Equal("Failing", m.Tags[GraphQLTelemetry.OperationNameAttribute]);
        });
        Assert.Equal(2, ours.Count(m => m.Instrument == "graphql.server.operation.cost" && m.Value > 0));
    }

    [Fact]
    public async Task The_observer_hears_of_each_request_with_what_the_executor_learnt()
    {
        RecordingObserver observer = new();
        RequestExecutor executor = TelemetrySchema.Create(new RequestExecutorOptions { RequestObserver = observer, MaxCost = 10_000, TimeProvider = new SteppingClock() });
        GraphQLRequest request = new() { Query = TelemetrySchema.Family };
        (await executor.ExecuteAsync(request)).Dispose();

        (GraphQLRequest seen, RequestSummary summary) = Assert.Single(observer.Requests);
        Assert.Same(request, seen);
        Assert.Equal(("Family", "query", DocumentHashes.Sha256(TelemetrySchema.Family)), (summary.OperationName, summary.OperationType, summary.DocumentHash));
        Assert.True(summary.Cost > 0);
        Assert.Equal(TimeSpan.FromSeconds(1), summary.Duration);

        observer.IsEnabled = false;
        (await executor.ExecuteAsync(request)).Dispose();
        Assert.Single(observer.Requests);
    }

    private static List<Activity> Snapshot(List<Activity> spans)
    {
        lock (spans)
        {
            return [.. spans];
        }
    }

    internal static ActivityListener Listen(List<Activity> spans)
    {
        ActivityListener listener = new()
        {
            ShouldListenTo = source => source.Name is GraphQLTelemetry.Name or TestSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (spans)
                {
                    spans.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    private sealed class RecordingObserver : IRequestObserver
    {
        public List<(GraphQLRequest, RequestSummary)> Requests { get; } = [];

        public bool IsEnabled { get; set; } = true;

        public void RequestExecuted(GraphQLRequest request, ExecutionResult result, in RequestSummary summary) => Requests.Add((request, summary));
    }

    // Each reading is one second after the last: a request read at its start and at its end lasted one second.
    private sealed class SteppingClock : TimeProvider
    {
        private long _now;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Add(ref _now, TimeSpan.TicksPerSecond);
    }
}
