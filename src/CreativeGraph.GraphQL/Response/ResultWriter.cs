using System.Buffers;
using System.Collections;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CreativeGraph.GraphQL.Language;

namespace CreativeGraph.GraphQL.Response;

/// <summary>
/// Serializes an <see cref="ExecutionResult"/> as the JSON response of spec #sec-Response-Format:
/// <c>errors</c> first (as HotChocolate writes it), then <c>data</c> (absent for a request error result),
/// then <c>extensions</c>. Writes UTF-8 straight into the caller's buffer with pre-encoded property names.
/// </summary>
public static partial class ResultWriter
{
    private static readonly JsonEncodedText s_data = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText s_errors = JsonEncodedText.Encode("errors");
    private static readonly JsonEncodedText s_extensions = JsonEncodedText.Encode("extensions");
    private static readonly JsonEncodedText s_message = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText s_locations = JsonEncodedText.Encode("locations");
    private static readonly JsonEncodedText s_line = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText s_column = JsonEncodedText.Encode("column");
    private static readonly JsonEncodedText s_path = JsonEncodedText.Encode("path");

    // The response is JSON for API clients, never inlined into HTML, so non-ASCII text is written as is.
    private static readonly JsonWriterOptions s_compact = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions s_indented = new() { SkipValidation = true, Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the result as JSON into <paramref name="output"/>.</summary>
    public static void Write(ExecutionResult result, IBufferWriter<byte> output, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        using Utf8JsonWriter writer = new(output, indented ? s_indented : s_compact);
        WriteResult(writer, result);
        writer.Flush();
    }

    /// <summary>Writes the result as JSON into a pipe (the HTTP response body) and flushes it.</summary>
    public static async ValueTask WriteAsync(ExecutionResult result, PipeWriter output, bool indented = false, CancellationToken cancellationToken = default)
    {
        Write(result, output, indented);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the result as JSON into a stream.</summary>
    public static async ValueTask WriteAsync(ExecutionResult result, Stream output, bool indented = false, CancellationToken cancellationToken = default)
    {
        ArrayBufferWriter<byte> buffer = new(4096);
        Write(result, buffer, indented);
        await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The result as a JSON string (tests, logs).</summary>
    public static string ToJson(ExecutionResult result, bool indented = false)
    {
        ArrayBufferWriter<byte> buffer = new(1024);
        Write(result, buffer, indented);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteResult(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName(s_errors);
            writer.WriteStartArray();
            foreach (GraphQLError error in result.Errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        // Spec #sec-Data: a request error result has no "data" entry at all.
        if (result.HasData)
        {
            writer.WritePropertyName(s_data);
            WriteValue(writer, result.Data);
        }

        if (result.Incremental is { } incremental)
        {
            WritePending(writer, incremental.Pending);
            writer.WriteBoolean(s_hasNext, true);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName(s_extensions);
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    // Spec #sec-Errors.Error-Result-Format: message, locations, path, extensions.
    private static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString(s_message, error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName(s_locations);
            writer.WriteStartArray();
            foreach (Location location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber(s_line, location.Line);
                writer.WriteNumber(s_column, location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { IsRoot: false } path)
        {
            writer.WritePropertyName(s_path);
            writer.WriteStartArray();
            foreach (object segment in path.ToList())
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
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName(s_extensions);
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case ResultMap map:
                WriteResultMap(writer, map);
                break;
            case object?[] array:
                writer.WriteStartArray();
                foreach (object? item in array)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case float f:
                writer.WriteNumberValue(f);
                break;
            case short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong ul:
                writer.WriteNumberValue(ul);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (KeyValuePair<string, object?> pair in map)
                {
                    writer.WritePropertyName(pair.Key);
                    WriteValue(writer, pair.Value);
                }

                writer.WriteEndObject();
                break;
            case IDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (KeyValuePair<string, object?> pair in map)
                {
                    writer.WritePropertyName(pair.Key);
                    WriteValue(writer, pair.Value);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (object? item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteResultMap(Utf8JsonWriter writer, ResultMap map)
    {
        writer.WriteStartObject();
        JsonEncodedText[] names = map.Shape.EncodedNames;
        object?[] values = map.Values;
        for (int i = 0; i < values.Length; i++)
        {
            writer.WritePropertyName(names[i]);
            WriteValue(writer, values[i]);
        }

        writer.WriteEndObject();
    }
}
