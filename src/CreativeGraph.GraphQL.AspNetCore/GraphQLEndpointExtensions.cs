using CreativeGraph.GraphQL.AspNetCore.Tool;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CreativeGraph.GraphQL.AspNetCore;

/// <summary>Maps the GraphQL-over-HTTP endpoint (HotChocolate: <c>app.MapGraphQL()</c>).</summary>
public static class GraphQLEndpointExtensions
{
    /// <summary>
    /// Maps, under <paramref name="path"/> (default <c>/graphql</c>): GET and POST GraphQL requests,
    /// <c>GET {path}?sdl</c>, <c>GET {path}/schema</c> and <c>GET {path}/schema.graphql</c> (the schema as SDL, all
    /// three taking <c>types=A,B</c>), and the Banana Cake Pop IDE
    /// for browsers (<c>GET {path}</c> with Accept text/html, its files under <c>{path}/…</c>). Requires
    /// <see cref="GraphQLServiceCollectionExtensions.AddGraphQLServer(IServiceCollection, Func{IServiceProvider, CreativeGraph.GraphQL.Execution.IRequestExecutor}, Action{GraphQLHttpOptions}?)"/>.
    /// The returned builder applies conventions (authorization, CORS, rate limiting…) to all of these endpoints.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(path);

        GraphQLHttpHandler handler = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler>();
        BananaCakePopTool tool = endpoints.ServiceProvider.GetRequiredService<BananaCakePopTool>();
        string root = "/" + path.Trim('/');

        return new GraphQLEndpointConventionBuilder(
        [
            endpoints.MapMethods(root, [HttpMethods.Get, HttpMethods.Post], handler.HandleAsync)
                .WithDisplayName("GraphQL " + root),
            endpoints.MapGet(root + "/schema", handler.HandleSchemaFileAsync)
                .WithDisplayName("GraphQL schema " + root),
            endpoints.MapGet(root + "/schema.graphql", handler.HandleSchemaFileAsync)
                .WithDisplayName("GraphQL schema file " + root),
            endpoints.MapGet(root + "/{**file}", tool.WriteFileAsync)
                .WithDisplayName("Banana Cake Pop " + root),
        ]);
    }

    private sealed class GraphQLEndpointConventionBuilder(IReadOnlyList<IEndpointConventionBuilder> builders) : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention)
        {
            foreach (IEndpointConventionBuilder builder in builders)
            {
                builder.Add(convention);
            }
        }

        public void Finally(Action<EndpointBuilder> finallyConvention)
        {
            foreach (IEndpointConventionBuilder builder in builders)
            {
                builder.Finally(finallyConvention);
            }
        }
    }
}
