using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CreativeGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// One requirement of GraphQL over HTTP (each with a stable ID): an ID (graphql-http's audit ID where one corresponds,
/// <c>CG-…</c> for our own), its level and one sentence; <see cref="Check"/> throws when the server fails it.
/// </summary>
internal sealed record HttpAudit(string Id, string Level, string Requirement, Func<AuditContext, Task> Check);

/// <summary>What a check gets: a client of the default test host and the fake executor behind it.</summary>
internal sealed class AuditContext(HttpClient client, RecordingRequestExecutor executor)
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public HttpClient Client { get; } = client;

    public RecordingRequestExecutor Executor { get; } = executor;

    public Task<HttpResponseMessage> PostAsync(string body, string? accept = null, string? contentType = Json) =>
        SendAsync(Client, HttpMethod.Post, "/graphql", body, accept, contentType);

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery, string? accept = null) =>
        SendAsync(Client, HttpMethod.Get, pathAndQuery, null, accept, null);

    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient client, HttpMethod method, string pathAndQuery, string? body, string? accept, string? contentType)
    {
        using HttpRequestMessage request = new(method, pathAndQuery);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        string text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement;
    }

    public static void Status(HttpResponseMessage response, HttpStatusCode expected) =>
        Assert.Equal(expected, response.StatusCode);

    public static void ContentType(HttpResponseMessage response, string expected) =>
        Assert.Equal(expected, response.Content.Headers.ContentType?.ToString());

    /// <summary>The body is a GraphQL response with errors, no data entry, and the first error's code.</summary>
    public static async Task RequestErrorAsync(HttpResponseMessage response, string code)
    {
        JsonElement body = await BodyAsync(response);
        Assert.False(body.TryGetProperty("data", out _), "a request error has no data entry");
        Assert.Equal(code, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    public static async Task NoErrorsAsync(HttpResponseMessage response)
    {
        JsonElement body = await BodyAsync(response);
        Assert.False(body.TryGetProperty("errors", out JsonElement errors), "unexpected errors: " + errors);
        Assert.True(body.TryGetProperty("data", out _));
    }

    public static MediaTypeHeaderValue? MediaType(HttpResponseMessage response) => response.Content.Headers.ContentType;
}
