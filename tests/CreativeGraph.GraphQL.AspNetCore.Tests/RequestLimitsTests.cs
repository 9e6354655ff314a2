using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using static CreativeGraph.GraphQL.AspNetCore.Tests.AuditContext;

namespace CreativeGraph.GraphQL.AspNetCore.Tests;

public sealed class RequestLimitsTests
{
    [Fact]
    public async Task Refuses_a_50_MB_body_with_413_from_its_length_without_reading_it()
    {
        RecordingRequestExecutor executor = new();
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(executor);
        using HttpClient client = host.CreateClient();
        CountingContent content = new(50L * 1024 * 1024, chunked: false);
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");

        HttpResponseMessage response = await SendIgnoringResetAsync(client, request);

        Status(response, HttpStatusCode.RequestEntityTooLarge);
        await RequestErrorAsync(response, "HC0010");
        Assert.Null(executor.LastRequest);
        Assert.True(content.Written < 1024 * 1024, $"the server read {content.Written} bytes of a body it had to refuse");
    }

    [Fact]
    public async Task Refuses_a_chunked_body_over_the_limit_with_413()
    {
        RecordingRequestExecutor executor = new();
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(executor, o => o.MaxRequestBodyBytes = 64 * 1024, kestrel: true);
        using HttpClient client = host.CreateClient();
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql") { Content = new CountingContent(1024 * 1024, chunked: true) };

        HttpResponseMessage response = await SendIgnoringResetAsync(client, request);

        Status(response, HttpStatusCode.RequestEntityTooLarge);
        await RequestErrorAsync(response, "HC0010");
    }

    [Fact]
    public async Task Answers_a_body_that_never_ends_with_408_after_the_body_timeout()
    {
        RecordingRequestExecutor executor = new();
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(executor, o => o.RequestBodyTimeout = TimeSpan.FromMilliseconds(300));
        using HttpClient client = host.CreateClient();
        using HttpRequestMessage request = new(HttpMethod.Post, "/graphql") { Content = new NeverEndingContent() };

        HttpResponseMessage response = await client.SendAsync(request);

        Status(response, HttpStatusCode.RequestTimeout);
        await RequestErrorAsync(response, "HC0009");
    }

    [Fact]
    public async Task Refuses_variables_nested_deeper_than_the_limit_with_HC0011()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(new RecordingRequestExecutor(), o => o.MaxJsonDepth = 16);
        using HttpClient client = host.CreateClient();
        string deep = new string('[', 20) + new string(']', 20);

        HttpResponseMessage response = await SendAsync(client, HttpMethod.Post, "/graphql", "{\"query\":\"{ __typename }\",\"variables\":{\"v\":" + deep + "}}", null, Json);

        Status(response, HttpStatusCode.BadRequest);
        await RequestErrorAsync(response, "HC0011");
    }

    [Fact]
    public async Task Decodes_variables_to_the_engine_representation()
    {
        RecordingRequestExecutor executor = new();
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(executor);
        using HttpClient client = host.CreateClient();

        await SendAsync(client, HttpMethod.Post, "/graphql",
            """{"query":"{ __typename }","variables":{"i":1,"l":9000000000,"m":12345678901234567890,"d":1.5,"s":"x","b":true,"n":null,"list":[1,"a"],"obj":{"k":2}}}""",
            null, Json);

        IReadOnlyDictionary<string, object?> v = executor.LastRequest!.Variables!;
        Assert.Equal(1, v["i"]);
        Assert.Equal(9000000000L, v["l"]);
        Assert.Equal(12345678901234567890m, v["m"]);
        Assert.Equal(1.5d, v["d"]);
        Assert.Equal("x", v["s"]);
        Assert.Equal(true, v["b"]);
        Assert.Null(v["n"]);
        Assert.Equal([1, "a"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(v["list"]));
        Assert.Equal(2, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(v["obj"])["k"]);
    }

    [Fact]
    public async Task Hands_request_services_and_user_to_the_resolvers()
    {
        RecordingRequestExecutor executor = new();
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(executor);
        using HttpClient client = host.CreateClient();

        HttpResponseMessage response = await SendAsync(client, HttpMethod.Post, "/graphql", """{"query":"{ whoAmI hasServices }"}""", null, Json);

        Assert.Equal("""{"data":{"whoAmI":"anonymous","hasServices":true}}""", await response.Content.ReadAsStringAsync());
        Assert.IsType<System.Security.Claims.ClaimsPrincipal>(executor.LastRequest!.ContextData![GraphQLHttpContextKeys.User]);
    }

    [Fact]
    public async Task Turns_introspection_off_in_the_executor_when_the_option_says_so()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(
            services => services.AddGraphQLServer(TestSchema.Create(), o => o.EnableIntrospection = false));
        using HttpClient client = host.CreateClient();

        HttpResponseMessage response = await SendAsync(client, HttpMethod.Post, "/graphql", """{"query":"{ __schema { queryType { name } } }"}""", "application/graphql-response+json", Json);

        Status(response, HttpStatusCode.BadRequest);
        await RequestErrorAsync(response, "HC0046");
    }

    [Fact]
    public async Task Refuses_GET_with_405_when_GET_requests_are_disabled()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync(new RecordingRequestExecutor(), o => o.EnableGetRequests = false);
        using HttpClient client = host.CreateClient();

        HttpResponseMessage response = await client.GetAsync("/graphql?query=%7B__typename%7D");

        Status(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }

    // The server may close the connection after answering 413 while the client still sends.
    private static async Task<HttpResponseMessage> SendIgnoringResetAsync(HttpClient client, HttpRequestMessage request) =>
        await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);

    /// <summary>A body of <c>{"query":"…</c> followed by spaces, produced lazily and counted.</summary>
    private sealed class CountingContent : HttpContent
    {
        private readonly long _length;
        private readonly bool _chunked;

        public CountingContent(long length, bool chunked)
        {
            _length = length;
            _chunked = chunked;
            Headers.TryAddWithoutValidation("Content-Type", "application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            byte[] chunk = Encoding.ASCII.GetBytes(new string(' ', 16 * 1024));
            await stream.WriteAsync("{\"query\":\""u8.ToArray());
            for (long sent = 10; sent < _length; sent += chunk.Length)
            {
                int count = (int)Math.Min(chunk.Length, _length - sent);
                await stream.WriteAsync(chunk.AsMemory(0, count));
                Written += count;
            }
        }

        public long Written { get; private set; }

        protected override bool TryComputeLength(out long length)
        {
            length = _length;
            return !_chunked;
        }
    }

    private sealed class NeverEndingContent : HttpContent
    {
        public NeverEndingContent() => Headers.TryAddWithoutValidation("Content-Type", "application/json");

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync("{\"query\":"u8.ToArray());
            await stream.FlushAsync();
            await Task.Delay(Timeout.Infinite);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
