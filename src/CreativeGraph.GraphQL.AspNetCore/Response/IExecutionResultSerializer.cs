using System.Buffers;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.AspNetCore.Response;

/// <summary>Writes a GraphQL response (spec #sec-Response-Format) as UTF-8 JSON into a buffer writer.</summary>
internal interface IExecutionResultSerializer
{
    void Write(ExecutionResult result, IBufferWriter<byte> output);
}
