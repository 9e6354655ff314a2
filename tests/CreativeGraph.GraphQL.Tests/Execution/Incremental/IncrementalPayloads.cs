using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Tests.Execution.Incremental;

/// <summary>Every payload of a result as the transports write it: the initial one, then each subsequent one.</summary>
internal static class IncrementalPayloads
{
    public static async Task<List<string>> RunAsync(RequestExecutor executor, GraphQLRequest request)
    {
        using ExecutionResult result = await executor.ExecuteAsync(request);
        List<string> payloads = [ResultWriter.ToJson(result)];
        if (result.Incremental is { } delivery)
        {
            await foreach (SubsequentResult next in delivery.ReadSubsequentAsync())
            {
                System.Buffers.ArrayBufferWriter<byte> buffer = new();
                ResultWriter.Write(next, buffer);
                payloads.Add(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
            }
        }

        return payloads;
    }
}
