using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace CreativeGraph.Benchmarks;

public static class Program
{
    // The median next to the mean: on the shared machine one slow iteration moves the mean a lot.
    public static async Task Main(string[] args)
    {
        if (args is ["--allocations" or "--requests", string query, ..])
        {
            int requests = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5_000;
            await Data.AllocationProfile.RunAsync(query, requests, sample: args[0] == "--allocations");
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.AddColumn(StatisticColumn.Median));
    }
}
