using System.Buffers;
using System.Text.Json;
using CreativeGraph.GraphQL.AspNetCore.PersistedOperations;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.AspNetCore.Request;

/// <summary>
/// Reads the JSON encoding of a GraphQL-over-HTTP request (GraphQL over HTTP, "JSON Encoding"):
/// an object with <c>query</c> (string), <c>operationName</c> (string), <c>variables</c> and <c>extensions</c>
/// (objects), or instead of <c>query</c> a persisted operation's <c>id</c> or <c>documentId</c> (string); null equals
/// absent; unknown properties are ignored. The whole body is checked for JSON syntax
/// first (<c>HC0011</c>), then for parameter types (<c>HC0009</c>), then for a query (<c>HC0013</c>).
/// </summary>
internal static class RequestJsonParser
{
    public static RequestReadResult Parse(ReadOnlySequence<byte> body, int maxDepth)
    {
        if (body.IsEmpty)
        {
            return RequestReadResult.Failure(HttpMessages.BodyEmpty, ErrorCodes.RequestInvalid);
        }

        Utf8JsonReader reader = new(body, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            return Parse(ref reader);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string that is not valid UTF-8 or a number out of range.
            return RequestReadResult.JsonSyntaxError(HttpMessages.InvalidJson(ex.Message));
        }
    }

    private static RequestReadResult Parse(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            return RequestReadResult.Failure(HttpMessages.BodyEmpty, ErrorCodes.RequestInvalid);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            reader.Read();
            return RequestReadResult.Failure(HttpMessages.BodyNotObject, ErrorCodes.RequestInvalid);
        }

        string? query = null;
        string? documentId = null;
        string? operationName = null;
        Dictionary<string, object?>? variables = null;
        Dictionary<string, object?>? extensions = null;
        string? invalid = null;

        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string? name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "query":
                    query = ReadString(ref reader, name, ref invalid);
                    break;
                case "id" or "documentId":
                    documentId = ReadString(ref reader, name, ref invalid) ?? documentId;
                    break;
                case "operationName":
                    operationName = ReadString(ref reader, name, ref invalid);
                    break;
                case "variables":
                    variables = ReadObject(ref reader, name, ref invalid);
                    break;
                case "extensions":
                    extensions = ReadObject(ref reader, name, ref invalid);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        // Reading past the object makes the reader reject trailing content.
        reader.Read();

        if (invalid is not null)
        {
            return RequestReadResult.Failure(invalid, ErrorCodes.RequestInvalid);
        }

        if (string.IsNullOrEmpty(query) && !PersistedOperationResolver.NamesPersistedDocument(documentId, extensions))
        {
            return RequestReadResult.Failure(HttpMessages.QueryMissing, ErrorCodes.RequestQueryMissing);
        }

        return RequestReadResult.Success(
            new GraphQLRequest
            {
                Query = string.IsNullOrEmpty(query) ? null : query,
                OperationName = operationName,
                Variables = variables,
                Extensions = extensions,
            },
            documentId);
    }

    private static string? ReadString(ref Utf8JsonReader reader, string name, ref string? invalid)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Null:
                return null;
            default:
                reader.Skip();
                invalid ??= HttpMessages.ParameterNotString(name);
                return null;
        }
    }

    private static Dictionary<string, object?>? ReadObject(ref Utf8JsonReader reader, string name, ref string? invalid)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return JsonValueDecoder.ReadObject(ref reader);
            case JsonTokenType.Null:
                return null;
            default:
                reader.Skip();
                invalid ??= HttpMessages.ParameterNotObject(name);
                return null;
        }
    }
}
