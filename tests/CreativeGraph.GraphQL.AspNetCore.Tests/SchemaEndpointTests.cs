using System.Net;
using System.Text.Json;
using CreativeGraph.GraphQL.TypeSystem;
using static CreativeGraph.GraphQL.AspNetCore.Tests.AuditContext;

namespace CreativeGraph.GraphQL.AspNetCore.Tests;

// HotChocolate serves the SDL on ?sdl and /schema(.graphql) as application/graphql, offered as a download (issue 17).
public sealed class SchemaEndpointTests
{
    [Theory]
    [InlineData("/graphql?sdl")]
    [InlineData("/graphql/schema")]
    [InlineData("/graphql/schema.graphql")]
    public async Task Returns_the_schema_as_SDL(string path)
    {
        RecordingRequestExecutor executor = new();
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(executor);
        using HttpClient client = host.CreateClient();

        HttpResponseMessage response = await client.GetAsync(path);

        Status(response, HttpStatusCode.OK);
        ContentType(response, "application/graphql; charset=utf-8");
        Assert.Equal("attachment; filename=schema.graphql", response.Content.Headers.ContentDisposition?.ToString());
        string sdl = await response.Content.ReadAsStringAsync();
        Assert.Equal(SchemaPrinter.Print(executor.Schema), sdl);
        Assert.Contains("hello(name: String): String", sdl, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/graphql?sdl&types=Mutation")]
    [InlineData("/graphql/schema?types=Mutation")]
    public async Task Limits_the_SDL_to_the_named_types(string path)
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(new RecordingRequestExecutor());
        using HttpClient client = host.CreateClient();

        HttpResponseMessage response = await client.GetAsync(path);

        Status(response, HttpStatusCode.OK);
        Assert.Equal("attachment; filename=Mutation.graphql", response.Content.Headers.ContentDisposition?.ToString());
        Assert.Equal("type Mutation {\n  noop: Boolean\n}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Prints_several_named_types_in_the_order_asked_once_each()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(new RecordingRequestExecutor());
        using HttpClient client = host.CreateClient();

        HttpResponseMessage response = await client.GetAsync("/graphql?sdl&types=Mutation,%20Boolean,Mutation");

        Status(response, HttpStatusCode.OK);
        Assert.Equal("attachment; filename=types.graphql", response.Content.Headers.ContentDisposition?.ToString());
        string sdl = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("type Mutation {\n  noop: Boolean\n}\n\n", sdl, StringComparison.Ordinal);
        Assert.Contains("scalar Boolean", sdl, StringComparison.Ordinal);
        Assert.Single(sdl.Split("type Mutation"), s => s.Length == 0);
    }

    [Theory]
    [InlineData("/graphql?sdl&types=", HttpStatusCode.BadRequest, "HC0058", null)]
    [InlineData("/graphql?sdl&types=Query,Not-A-Name", HttpStatusCode.BadRequest, "HC0059", "Not-A-Name")]
    [InlineData("/graphql/schema?types=Query,Nowhere", HttpStatusCode.NotFound, "HC0060", "Nowhere")]
    public async Task Refuses_bad_type_lists_with_a_coded_error(string path, HttpStatusCode status, string code, string? typeName)
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(new RecordingRequestExecutor());
        using HttpClient client = host.CreateClient();

        HttpResponseMessage response = await client.GetAsync(path);

        Status(response, status);
        JsonElement error = (await BodyAsync(response)).GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        if (typeName is not null)
        {
            Assert.Equal(typeName, error.GetProperty("extensions").GetProperty("typeName").GetString());
        }
    }

    [Fact]
    public async Task Hides_the_schema_when_schema_requests_are_disabled()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(new RecordingRequestExecutor(), o => o.EnableSchemaRequests = false);
        using HttpClient client = host.CreateClient();

        Status(await client.GetAsync("/graphql/schema.graphql"), HttpStatusCode.NotFound);
        Status(await client.GetAsync("/graphql/schema"), HttpStatusCode.NotFound);
        HttpResponseMessage sdl = await client.GetAsync("/graphql?sdl");
        Status(sdl, HttpStatusCode.BadRequest);
        await RequestErrorAsync(sdl, "HC0013");
    }
}
