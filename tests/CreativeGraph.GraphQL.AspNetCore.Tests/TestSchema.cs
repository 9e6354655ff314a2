using System.Security.Claims;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.AspNetCore.Tests;

/// <summary>A small schema built with the engine's <see cref="SchemaBuilder"/>, and an executor over it that remembers the last request.</summary>
internal static class TestSchema
{
    public const string Sdl = """
        type Query {
          hello(name: String): String
          boom: String
          whoAmI: String
          hasServices: Boolean
        }

        type Mutation {
          noop: Boolean
        }
        """;

    public static Schema Create() => SchemaBuilder.FromSdl(Sdl)
        .BindResolver("Query", "hello", c => "Hello, " + (c.ArgumentValue<string>("name") ?? "world"), isPure: true)
        .BindResolver("Query", "boom", object? (_) => throw new InvalidOperationException("boom"))
        .BindResolver("Query", "whoAmI", c => (c.ContextData.TryGetValue(GraphQLHttpContextKeys.User, out object? user) ? user as ClaimsPrincipal : null)?.Identity?.AuthenticationType ?? "anonymous")
        .BindResolver("Query", "hasServices", c => c.Services is not null)
        .BindResolver("Mutation", "noop", _ => true)
        .Build();
}

/// <summary>The real <see cref="RequestExecutor"/>, remembering what the HTTP layer handed it.</summary>
internal sealed class RecordingRequestExecutor(RequestExecutorOptions? options = null) : IRequestExecutor
{
    private readonly RequestExecutor _inner = new(TestSchema.Create(), options);

    public Schema Schema => _inner.Schema;

    public GraphQLRequest? LastRequest { get; private set; }

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        LastRequest = request;
        return _inner.ExecuteAsync(request, cancellationToken);
    }
}
