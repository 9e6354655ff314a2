using System.Buffers;
using System.Collections;
using System.Text.Json;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.AspNetCore.Response;

/// <summary>
/// Writes <c>{"errors": [...], "data": ..., "extensions": ...}</c> (errors first, as HotChocolate does;
/// no <c>data</c> entry for a request error, spec #sec-Data) with a <see cref="Utf8JsonWriter"/> straight into
/// the response pipe. Used until the engine's <c>ResultWriter</c> is available.
/// </summary>
internal sealed class JsonExecutionResultSerializer : IExecutionResultSerializer
{
    private static readonly JsonEncodedText s_errors = JsonEncodedText.Encode("errors");
    private static readonly JsonEncodedText s_data = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText s_extensions = JsonEncodedText.Encode("extensions");
    private static readonly JsonEncodedText s_message = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText s_locations = JsonEncodedText.Encode("locations");
    private static readonly JsonEncodedText s_line = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText s_column = JsonEncodedText.Encode("column");
    private static readonly JsonEncodedText s_path = JsonEncodedText.Encode("path");

    public void Write(ExecutionResult result, IBufferWriter<byte> output)
    {
        using Utf8JsonWriter writer = new(output, new JsonWriterOptions { SkipValidation = true });
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

        if (result.HasData)
        {
            writer.WritePropertyName(s_data);
            WriteValue(writer, result.Data);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName(s_extensions);
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

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
            WriteValue(writer, path.ToList());
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
            case IEnumerable<KeyValuePair<string, object?>> map:
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
                writer.WriteStringValue(value.ToString());
                break;
        }
    }
}
