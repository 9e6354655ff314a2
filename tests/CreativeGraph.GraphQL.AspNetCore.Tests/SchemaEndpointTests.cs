using System.Net;
using CreativeGraph.GraphQL.TypeSystem;
using static CreativeGraph.GraphQL.AspNetCore.Tests.AuditContext;

namespace CreativeGraph.GraphQL.AspNetCore.Tests;

public sealed class SchemaEndpointTests
{
    [Theory]
    [InlineData("/graphql?sdl", "text/plain; charset=utf-8")]
    [InlineData("/graphql/schema.graphql", "application/graphql; charset=utf-8")]
    public async Task Returns_the_schema_as_SDL(string path, string contentType)
    {
        RecordingRequestExecutor executor = new();
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(executor);
        using HttpClient client = host.CreateClient();

        HttpResponseMessage response = await client.GetAsync(path);

        Status(response, HttpStatusCode.OK);
        ContentType(response, contentType);
        string sdl = await response.Content.ReadAsStringAsync();
        Assert.Equal(SchemaPrinter.Print(executor.Schema), sdl);
        Assert.Contains("hello(name: String): String", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hides_the_schema_when_schema_requests_are_disabled()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(new RecordingRequestExecutor(), o => o.EnableSchemaRequests = false);
        using HttpClient client = host.CreateClient();

        Status(await client.GetAsync("/graphql/schema.graphql"), HttpStatusCode.NotFound);
        HttpResponseMessage sdl = await client.GetAsync("/graphql?sdl");
        Status(sdl, HttpStatusCode.BadRequest);
        await RequestErrorAsync(sdl, "HC0013");
    }
}
