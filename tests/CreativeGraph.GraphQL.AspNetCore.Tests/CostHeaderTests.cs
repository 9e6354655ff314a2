using System.Net;
using System.Text;
using System.Text.Json;
using CreativeGraph.GraphQL.Execution;
using static CreativeGraph.GraphQL.AspNetCore.Tests.AuditContext;

namespace CreativeGraph.GraphQL.AspNetCore.Tests;

// HotChocolate's GraphQL-Cost request header (issue 17): report adds extensions.operationCost, validate returns only it.
public sealed class CostHeaderTests
{
    private const string Query = """{"query":"{ hello whoAmI }"}""";

    [Fact]
    public async Task Report_adds_the_field_and_type_cost_to_the_executed_response()
    {
        RecordingRequestExecutor executor = new();
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(executor);
        using HttpClient client = host.CreateClient();

        HttpResponseMessage response = await PostAsync(client, Query, "report");

        Status(response, HttpStatusCode.OK);
        Assert.Equal(
            """{"data":{"hello":"Hello, world","whoAmI":"anonymous"},"extensions":{"operationCost":{"fieldCost":0,"typeCost":1}}}""",
            await response.Content.ReadAsStringAsync());
        Assert.Equal(CostReporting.Report, executor.LastRequest!.Cost);
    }

    [Fact]
    public async Task Validate_returns_only_the_cost_and_runs_no_resolver()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(new RecordingRequestExecutor());
        using HttpClient client = host.CreateClient();

        // boom throws when it runs; a required variable that was never given does not stop the analysis either.
        HttpResponseMessage response = await PostAsync(client, """{"query":"query($n: String!) { boom hello(name: $n) }"}""", "validate", GraphQLResponseJson);

        Status(response, HttpStatusCode.OK);
        Assert.Equal("""{"extensions":{"operationCost":{"fieldCost":0,"typeCost":1}}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Validate_over_GET_answers_the_same()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(new RecordingRequestExecutor());
        using HttpClient client = host.CreateClient();
        using HttpRequestMessage request = new(HttpMethod.Get, "/graphql?query=%7Bboom%7D");
        request.Headers.Add("GraphQL-Cost", "validate");

        HttpResponseMessage response = await client.SendAsync(request);

        Status(response, HttpStatusCode.OK);
        Assert.Equal("""{"extensions":{"operationCost":{"fieldCost":0,"typeCost":1}}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Report_keeps_the_cost_when_a_limit_refuses_the_operation()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(new RecordingRequestExecutor(new RequestExecutorOptions { MaxTypeCost = 0.5 }));
        using HttpClient client = host.CreateClient();

        HttpResponseMessage response = await PostAsync(client, Query, "report", GraphQLResponseJson);

        Status(response, HttpStatusCode.BadRequest);
        JsonElement body = await BodyAsync(response);
        JsonElement error = body.GetProperty("errors")[0];
        Assert.Equal("HC0047", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(1, error.GetProperty("extensions").GetProperty("typeCost").GetDouble());
        Assert.Equal(0.5, error.GetProperty("extensions").GetProperty("maxTypeCost").GetDouble());
        Assert.Equal("""{"fieldCost":0,"typeCost":1}""", body.GetProperty("extensions").GetProperty("operationCost").GetRawText());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("something-else")]
    public async Task Without_the_header_the_response_says_nothing_about_cost(string? header)
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(new RecordingRequestExecutor());
        using HttpClient client = host.CreateClient();

        HttpResponseMessage response = await PostAsync(client, Query, header);

        Assert.Equal("""{"data":{"hello":"Hello, world","whoAmI":"anonymous"}}""", await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string body, string? cost, string? accept = null)
    {
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (cost is not null)
        {
            request.Headers.Add("GraphQL-Cost", cost);
        }

        if (accept is not null)
        {
            request.Headers.Add("Accept", accept);
        }

        return await client.SendAsync(request);
    }
}
