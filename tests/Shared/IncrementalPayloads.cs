using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.Tests;

/// <summary>
/// Every payload of a request executed in-process with incremental delivery, as the transports write them: the
/// initial one, then each subsequent one (shared by the engine's tests and the differential test against graphql-js).
/// </summary>
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
