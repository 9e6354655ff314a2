using System.Runtime.CompilerServices;
using System.Text;
using CreativeGraph.GraphQL.TypeSystem;
using Microsoft.AspNetCore.Http;

namespace CreativeGraph.GraphQL.AspNetCore.Response;

/// <summary>Sends the schema as SDL (<c>GET /graphql?sdl</c>, <c>GET /graphql/schema.graphql</c>), printed once per schema.</summary>
internal static class SchemaSdlWriter
{
    public const string TextPlain = "text/plain; charset=utf-8";
    public const string ApplicationGraphQL = "application/graphql; charset=utf-8";

    private static readonly ConditionalWeakTable<Schema, byte[]> s_printed = [];

    public static Task WriteAsync(HttpContext context, Schema schema, string contentType)
    {
        byte[] sdl = s_printed.GetValue(schema, static s => Encoding.UTF8.GetBytes(SchemaPrinter.Print(s)));
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = sdl.Length;
        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : context.Response.Body.WriteAsync(sdl, context.RequestAborted).AsTask();
    }
}
