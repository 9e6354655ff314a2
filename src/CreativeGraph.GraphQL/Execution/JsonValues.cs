using System.Text.Json;
using System.Text.Json.Serialization;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>Turns a <see cref="JsonElement"/> variable value into the CLR shapes input coercion expects.</summary>
internal static class JsonValues
{
    public static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number when element.TryGetInt32(out int i) => i,
        JsonValueKind.Number when element.TryGetInt64(out long l) => l,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToArray(),
        _ => element.EnumerateObject().ToDictionary(p => p.Name, p => ToClr(p.Value), StringComparer.Ordinal),
    };
}

/// <summary>Source-generated JSON metadata for the few values execution serializes itself (AOT friendly).</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class ExecutionJsonContext : JsonSerializerContext;
