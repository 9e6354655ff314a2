using System.Text;
using System.Text.Json;
using CreativeGraph.GraphQL.AspNetCore.PersistedOperations;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CreativeGraph.GraphQL.AspNetCore.Request;

/// <summary>
/// Reads a GET request (GraphQL over HTTP, "GET"): <c>query</c> (or a persisted operation's <c>id</c> /
/// <c>documentId</c>), <c>operationName</c>, and <c>variables</c> /
/// <c>extensions</c> as JSON strings, from the URL's query component. An empty parameter equals an absent one.
/// Only queries may run: <see cref="AllowedOperations.Query"/>.
/// </summary>
internal static class GetRequestReader
{
    public static RequestReadResult Read(IQueryCollection parameters, int maxDepth)
    {
        if (!TryGetSingle(parameters, "query", out string? query, out RequestReadResult error)
            || !TryGetSingle(parameters, "id", out string? id, out error)
            || !TryGetSingle(parameters, "documentId", out string? documentId, out error)
            || !TryGetSingle(parameters, "operationName", out string? operationName, out error)
            || !TryGetSingle(parameters, "variables", out string? variablesJson, out error)
            || !TryGetSingle(parameters, "extensions", out string? extensionsJson, out error)
            || !TryParseObject("variables", variablesJson, maxDepth, out Dictionary<string, object?>? variables, out error)
            || !TryParseObject("extensions", extensionsJson, maxDepth, out Dictionary<string, object?>? extensions, out error))
        {
            return error;
        }

        documentId = string.IsNullOrEmpty(documentId) ? (string.IsNullOrEmpty(id) ? null : id) : documentId;
        if (string.IsNullOrEmpty(query) && !PersistedOperationResolver.NamesPersistedDocument(documentId, extensions))
        {
            return RequestReadResult.Failure(HttpMessages.QueryMissing, ErrorCodes.RequestQueryMissing);
        }

        return RequestReadResult.Success(
            new GraphQLRequest
            {
                Query = string.IsNullOrEmpty(query) ? null : query,
                OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
                Variables = variables,
                Extensions = extensions,
                AllowedOperations = AllowedOperations.Query,
            },
            documentId);
    }

    private static bool TryGetSingle(IQueryCollection parameters, string name, out string? value, out RequestReadResult error)
    {
        error = default;
        StringValues values = parameters[name];
        if (values.Count > 1)
        {
            value = null;
            error = RequestReadResult.Failure(HttpMessages.ParameterRepeated(name), ErrorCodes.RequestInvalid);
            return false;
        }

        value = values.Count == 1 ? values[0] : null;
        return true;
    }

    private static bool TryParseObject(
        string name,
        string? json,
        int maxDepth,
        out Dictionary<string, object?>? value,
        out RequestReadResult error)
    {
        value = null;
        error = default;
        if (string.IsNullOrEmpty(json))
        {
            return true;
        }

        Utf8JsonReader reader = new(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                reader.Read();
                return true;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                reader.Read();
                error = RequestReadResult.Failure(HttpMessages.ParameterNotObject(name), ErrorCodes.RequestInvalid);
                return false;
            }

            value = JsonValueDecoder.ReadObject(ref reader);
            reader.Read();
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            value = null;
            error = RequestReadResult.JsonSyntaxError(HttpMessages.InvalidParameterJson(name, ex.Message));
            return false;
        }
    }
}
