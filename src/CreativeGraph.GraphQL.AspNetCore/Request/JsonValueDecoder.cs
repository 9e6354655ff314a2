using System.Buffers;
using System.Text.Json;

namespace CreativeGraph.GraphQL.AspNetCore.Request;

/// <summary>
/// Decodes a JSON value into the engine's representation of variable and extension values
/// (<see cref="CreativeGraph.GraphQL.Execution.GraphQLRequest.Variables"/>): null, string, bool, int, long,
/// decimal, double, <c>IReadOnlyList&lt;object?&gt;</c>, <c>IReadOnlyDictionary&lt;string, object?&gt;</c>.
/// Nesting is bounded by the reader's <see cref="JsonReaderOptions.MaxDepth"/>.
/// </summary>
internal static class JsonValueDecoder
{
    /// <summary>Reads the value at the reader's current token; leaves the reader on the value's last token.</summary>
    public static object? ReadValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => ReadObject(ref reader),
        JsonTokenType.StartArray => ReadArray(ref reader),
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => ReadNumber(ref reader),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => null,
    };

    /// <summary>Reads the object starting at the current <see cref="JsonTokenType.StartObject"/> token.</summary>
    public static Dictionary<string, object?> ReadObject(ref Utf8JsonReader reader)
    {
        Dictionary<string, object?> map = new(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            map[name] = ReadValue(ref reader);
        }

        return map;
    }

    private static List<object?> ReadArray(ref Utf8JsonReader reader)
    {
        List<object?> list = [];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(ReadValue(ref reader));
        }

        return list;
    }

    // Integers keep their exactness (int, then long, then decimal); numbers with a fraction or an exponent
    // become double, as JSON numbers are in graphql-js.
    private static object ReadNumber(ref Utf8JsonReader reader)
    {
        if (reader.TryGetInt32(out int i))
        {
            return i;
        }

        if (reader.TryGetInt64(out long l))
        {
            return l;
        }

        ReadOnlySpan<byte> raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0 && reader.TryGetDecimal(out decimal d))
        {
            return d;
        }

        return reader.GetDouble();
    }
}
