using System.Buffers;
using System.Text.Json;

namespace CreativeGraph.GraphQL.Response;

/// <summary>
/// The payloads of incremental delivery (RFC DeferStream, the format of graphql-js 17): the initial payload adds
/// <c>pending</c> and <c>hasNext</c>; a subsequent one is <c>{ pending, incremental, completed, hasNext }</c>, an incremental entry carrying
/// <c>data</c> (a deferred fragment) or <c>items</c> (a stream).
/// </summary>
public static partial class ResultWriter
{
    private static readonly JsonEncodedText s_hasNext = JsonEncodedText.Encode("hasNext");
    private static readonly JsonEncodedText s_pending = JsonEncodedText.Encode("pending");
    private static readonly JsonEncodedText s_incremental = JsonEncodedText.Encode("incremental");
    private static readonly JsonEncodedText s_completed = JsonEncodedText.Encode("completed");
    private static readonly JsonEncodedText s_id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText s_label = JsonEncodedText.Encode("label");
    private static readonly JsonEncodedText s_items = JsonEncodedText.Encode("items");

    /// <summary>Writes a subsequent payload as JSON into <paramref name="output"/>.</summary>
    public static void Write(SubsequentResult result, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(result);
        using Utf8JsonWriter writer = new(output, s_compact);
        writer.WriteStartObject();
        if (result.Pending.Count > 0)
        {
            WritePending(writer, result.Pending);
        }

        if (result.Incremental.Count > 0)
        {
            writer.WritePropertyName(s_incremental);
            writer.WriteStartArray();
            foreach (IncrementalResult item in result.Incremental)
            {
                writer.WriteStartObject();
                writer.WriteString(s_id, item.Id);
                if (item.Items is { } items)
                {
                    writer.WritePropertyName(s_items);
                    writer.WriteStartArray();
                    foreach (object? value in items)
                    {
                        WriteValue(writer, value);
                    }

                    writer.WriteEndArray();
                }
                else
                {
                    writer.WritePropertyName(s_data);
                    WriteValue(writer, item.Data);
                }

                WriteErrors(writer, item.Errors);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (result.Completed.Count > 0)
        {
            writer.WritePropertyName(s_completed);
            writer.WriteStartArray();
            foreach (CompletedResult item in result.Completed)
            {
                writer.WriteStartObject();
                writer.WriteString(s_id, item.Id);
                WriteErrors(writer, item.Errors);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteBoolean(s_hasNext, result.HasNext);
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WritePending(Utf8JsonWriter writer, IReadOnlyList<PendingResult> pending)
    {
        writer.WritePropertyName(s_pending);
        writer.WriteStartArray();
        foreach (PendingResult item in pending)
        {
            writer.WriteStartObject();
            writer.WriteString(s_id, item.Id);
            writer.WritePropertyName(s_path);
            writer.WriteStartArray();
            foreach (object segment in item.Path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue((string)segment);
                }
            }

            writer.WriteEndArray();
            if (item.Label is not null)
            {
                writer.WriteString(s_label, item.Label);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError>? errors)
    {
        if (errors is not { Count: > 0 })
        {
            return;
        }

        writer.WritePropertyName(s_errors);
        writer.WriteStartArray();
        foreach (GraphQLError error in errors)
        {
            WriteError(writer, error);
        }

        writer.WriteEndArray();
    }
}
