using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using static CreativeGraph.GraphQL.AspNetCore.Tests.AuditContext;

namespace CreativeGraph.GraphQL.AspNetCore.Tests;

public sealed partial class BananaCakePopTests : IAsyncLifetime
{
    private GraphQLTestHost? _host;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync(new RecordingRequestExecutor());

    public async Task DisposeAsync() => await _host!.DisposeAsync();

    [Fact]
    public async Task Serves_the_IDE_to_a_browser_with_a_base_under_the_endpoint_and_no_external_urls()
    {
        using HttpClient client = _host!.CreateClient();

        HttpResponseMessage response = await SendAsync(client, HttpMethod.Get, "/graphql", null, "text/html,application/xhtml+xml,*/*;q=0.8", null);

        Status(response, HttpStatusCode.OK);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        string html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<head><base href=\"/graphql/\"/>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Banana Cake Pop</title>", html, StringComparison.Ordinal);
        Assert.Empty(ExternalUrl().Matches(html));
    }

    [Fact]
    public async Task Serves_the_IDE_scripts_the_page_references()
    {
        using HttpClient client = _host!.CreateClient();
        string html = await (await SendAsync(client, HttpMethod.Get, "/graphql", null, "text/html", null)).Content.ReadAsStringAsync();
        string script = ScriptSource().Match(html).Groups[1].Value;

        HttpResponseMessage response = await client.GetAsync("/graphql/" + script);

        Status(response, HttpStatusCode.OK);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Points_the_IDE_at_the_endpoint_with_telemetry_off()
    {
        using HttpClient client = _host!.CreateClient();

        JsonElement config = await BodyAsync(await client.GetAsync("/graphql/bcp-config.json"));

        Assert.Equal("http://localhost/graphql", config.GetProperty("endpoint").GetString());
        Assert.True(config.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(config.GetProperty("disableTelemetry").GetBoolean());
        Assert.False(config.TryGetProperty("gaTrackingId", out _));
    }

    [Fact]
    public async Task Answers_a_GraphQL_GET_and_not_the_IDE_when_a_query_is_given()
    {
        using HttpClient client = _host!.CreateClient();

        HttpResponseMessage response = await SendAsync(client, HttpMethod.Get, "/graphql?query=%7B__typename%7D", null, "text/html,*/*", null);

        Status(response, HttpStatusCode.OK);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Hides_the_npm_package_entry_points()
    {
        using HttpClient client = _host!.CreateClient();

        Status(await client.GetAsync("/graphql/package.json"), HttpStatusCode.NotFound);
        Status(await client.GetAsync("/graphql/index.mjs"), HttpStatusCode.NotFound);
    }

    [GeneratedRegex("""(?:src|href)\s*=\s*["']?(?:https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();

    [GeneratedRegex("""<script[^>]*src="([^"]+)""")]
    private static partial Regex ScriptSource();
}
