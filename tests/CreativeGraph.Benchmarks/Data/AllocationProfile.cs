using System.Diagnostics;
using System.Diagnostics.Tracing;
using CreativeGraph.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace CreativeGraph.Benchmarks.Data;

/// <summary>
/// Where a request's bytes go, by allocated type: runs one of <see cref="RequestPathBenchmarks"/>' queries many times
/// and samples the runtime's <c>AllocationTick</c> events (one per ~100 KB allocated, with the type that crossed the
/// mark), so the types are listed in proportion to the bytes they take. Exact bytes per request come from the
/// process's allocation counter.
/// <code>dotnet run -c Release --project tests/CreativeGraph.Benchmarks -- --allocations Q2 [requests]</code>
/// <c>--requests Q2 [requests]</c> runs the same loop without sampling, for a CPU profiler (<c>dotnet-trace collect -- dotnet CreativeGraph.Benchmarks.dll --requests Q2 20000</c>).
/// </summary>
internal static class AllocationProfile
{
    /// <param name="sample">False runs the requests only (for a CPU profiler attached from outside).</param>
    public static async Task RunAsync(string name, int requests, bool sample = true)
    {
        RequestPathBenchmarks benchmarks = new();
        benchmarks.Setup();
        Func<Task> run = name switch
        {
            "Typename" => benchmarks.Typename,
            "Q1" => benchmarks.Q1SortedPage,
            "Q2" => benchmarks.Q2FourLevels,
            "Q3" => benchmarks.Q3Contains,
            "Q5" => benchmarks.Q5Lookup,
            _ => throw new ArgumentException($"Unknown query {name}: Typename, Q1, Q2, Q3 or Q5."),
        };
        for (int i = 0; i < 200; i++)
        {
            await run();
        }

        using TickListener? listener = sample ? new() : null;
        long before = GC.GetTotalAllocatedBytes(precise: true);
        TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        long started = Stopwatch.GetTimestamp();
        int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        for (int i = 0; i < requests; i++)
        {
            await run();
        }

        long bytes = GC.GetTotalAllocatedBytes(precise: true) - before;
        if (listener is null)
        {
            // CPU time of every thread (the GC's and the finalizer's too, and the thread pool's spinning while it
            // waits for the next continuation, which a busy server does not pay); elapsed time is the loop's latency.
            double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMicroseconds / requests;
            double elapsed = Stopwatch.GetElapsedTime(started).TotalMicroseconds / requests;
            Console.WriteLine($"{name}: {bytes / requests:N0} bytes, {elapsed:N0} µs elapsed and {cpu:N0} µs of CPU per request over {requests:N0} requests; " +
                $"collections gen0 {GC.CollectionCount(0) - collectionsBefore[0]}, gen1 {GC.CollectionCount(1) - collectionsBefore[1]}, gen2 {GC.CollectionCount(2) - collectionsBefore[2]}");
            benchmarks.Cleanup();
            return;
        }

        Console.WriteLine($"{name}: {bytes / requests:N0} bytes per request over {requests:N0} requests; sampled types (share of {listener.Total:N0} samples):");
        foreach ((string type, int count) in listener.Counts.OrderByDescending(c => c.Value).Take(40))
        {
            Console.WriteLine($"{100.0 * count / listener.Total,6:F1} %  {type}");
        }

        benchmarks.Cleanup();
    }

    private sealed class TickListener : EventListener
    {
        public Dictionary<string, int> Counts { get; } = [];

        public int Total { get; private set; }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: AllocationTick is verbose
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not null && e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) && e.PayloadNames is { } names)
            {
                string type = e.Payload![names.IndexOf("TypeName")] as string ?? "?";
                lock (Counts)
                {
                    Counts[type] = Counts.GetValueOrDefault(type) + 1;
                    Total++;
                }
            }
        }
    }
}
