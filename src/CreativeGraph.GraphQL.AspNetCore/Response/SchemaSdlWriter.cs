using System.Buffers;
using System.Text;
using CreativeGraph.GraphQL.AspNetCore.Request;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CreativeGraph.GraphQL.AspNetCore.Response;

/// <summary>
/// Sends the schema as SDL the way HotChocolate does (<c>GET /graphql?sdl</c>, <c>GET /graphql/schema</c>,
/// <c>GET /graphql/schema.graphql</c>): <c>application/graphql</c>, offered as a download named <c>schema.graphql</c>.
/// <c>types=A,B</c> limits the SDL to the named types (an empty list → 400 <c>HC0058</c>, a malformed name → 400
/// <c>HC0059</c>, an unknown type → 404 <c>HC0060</c>). The whole schema is printed once per schema.
/// </summary>
internal static class SchemaSdlWriter
{
    public const string ContentType = "application/graphql; charset=utf-8";

    private static readonly SearchValues<char> s_nameContinue =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    public static Task WriteAsync(HttpContext context, Schema schema)
    {
        if (!context.Request.Query.TryGetValue("types", out StringValues types))
        {
            byte[] sdl = schema.Features.GetOrAdd(schema, static s => new PrintedSchema(Encoding.UTF8.GetBytes(SchemaPrinter.Print(s)))).Utf8;
            return WriteSdlAsync(context, sdl, "schema.graphql");
        }

        string list = types.ToString();
        if (string.IsNullOrWhiteSpace(list))
        {
            return WriteErrorAsync(context, StatusCodes.Status400BadRequest, new GraphQLError(HttpMessages.SchemaTypesEmpty, ServerErrorCodes.RequestSchemaTypesEmpty));
        }

        List<NamedType> selected = [];
        foreach (string name in list.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!IsName(name))
            {
                return WriteErrorAsync(context, StatusCodes.Status400BadRequest, TypeError(HttpMessages.SchemaTypeNameInvalid(name), ServerErrorCodes.RequestSchemaTypeNameInvalid, name));
            }

            if (!schema.TryGetType(name, out NamedType? type))
            {
                return WriteErrorAsync(context, StatusCodes.Status404NotFound, TypeError(HttpMessages.SchemaTypeNotFound(name), ServerErrorCodes.RequestSchemaTypeNotFound, name));
            }

            if (!selected.Contains(type))
            {
                selected.Add(type);
            }
        }

        byte[] printed = Encoding.UTF8.GetBytes(string.Join("\n\n", selected.Select(SchemaPrinter.PrintType)));
        return WriteSdlAsync(context, printed, selected.Count == 1 ? selected[0].Name + ".graphql" : "types.graphql");
    }

    private static Task WriteSdlAsync(HttpContext context, byte[] sdl, string fileName)
    {
        HttpResponse response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = sdl.Length;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : response.Body.WriteAsync(sdl, context.RequestAborted).AsTask();
    }

    private static Task WriteErrorAsync(HttpContext context, int status, GraphQLError error)
    {
        ExecutionResult result = ExecutionResult.RequestError(RequestErrorKind.InvalidRequest, error);
        return GraphQLResponseWriter.WriteAsync(context, AcceptHeaderNegotiation.Negotiate(context.Request), result, status);
    }

    private static GraphQLError TypeError(string message, string code, string typeName) =>
        new(message, code, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["typeName"] = typeName });

    // Spec #sec-Names: Name :: NameStart NameContinue*
    private static bool IsName(string value) =>
        value.Length > 0
        && (char.IsAsciiLetter(value[0]) || value[0] == '_')
        && !value.AsSpan(1).ContainsAnyExcept(s_nameContinue);

    /// <summary>The whole schema printed as SDL (UTF-8), kept on the schema's features: printed once per schema.</summary>
    private sealed record PrintedSchema(byte[] Utf8);
}
