using CreativeGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CreativeGraph.GraphQL.AspNetCore.Tests;

/// <summary>A minimal application with <c>AddGraphQLServer</c> + <c>MapGraphQL("/graphql")</c>, on TestServer or on Kestrel (127.0.0.1).</summary>
internal sealed class GraphQLTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLTestHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static Task<GraphQLTestHost> StartAsync(
        IRequestExecutor executor,
        Action<GraphQLHttpOptions>? configure = null,
        bool kestrel = false) =>
        StartAsync(services => services.AddGraphQLServer(executor, configure), kestrel);

    public static async Task<GraphQLTestHost> StartAsync(Action<IServiceCollection> register, bool kestrel = false)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        if (kestrel)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        register(builder.Services);
        WebApplication app = builder.Build();
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        Uri baseAddress = kestrel ? new Uri(app.Urls.First()) : new Uri("http://localhost");
        return new GraphQLTestHost(app, baseAddress);
    }

    public HttpClient CreateClient() =>
        BaseAddress.Host == "localhost" ? _app.GetTestServer().CreateClient() : new HttpClient { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
